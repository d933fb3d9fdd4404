import Foundation
import Testing

@testable import DurableAPI

@Suite struct JSONParsingTests {
    @Test func preservesKeyOrder() throws {
        let value = try JSONValue(parsing: #"{"zeta":1,"alpha":2,"mid":{"b":true,"a":null}}"#)
        #expect(value.objectValue?.keys.elements == ["zeta", "alpha", "mid"])
        #expect(value["mid"]?.objectValue?.keys.elements == ["b", "a"])
    }

    @Test func keepsNumberLiterals() throws {
        let value = try JSONValue(parsing: #"[150.0, 12345678901234567890, -0, 1E+3, 0.4, -12.5e-3]"#)
        let literals = value.arrayValue?.compactMap { $0.numberValue?.literal }
        #expect(literals == ["150.0", "12345678901234567890", "-0", "1E+3", "0.4", "-12.5e-3"])
        #expect(value[0]?.doubleValue == 150)
        #expect(value[0]?.intValue == 150)
        #expect(value[1]?.intValue == nil)
        #expect(value[3]?.intValue == 1000)
        #expect(value[4]?.intValue == nil)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONValue(parsing: #""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00\u0001""#)
        #expect(value.stringValue == "a\"b\\c/d\u{08}\u{0C}\n\r\té😀\u{01}")
    }

    @Test func acceptsRawUTF8() throws {
        #expect(try JSONValue(parsing: "\"Zürich 東京 😀\"").stringValue == "Zürich 東京 😀")
    }

    @Test func scalarsAtTopLevelAndWhitespace() throws {
        #expect(try JSONValue(parsing: " \t\r\n null \n") == .null)
        #expect(try JSONValue(parsing: "true") == .bool(true))
        #expect(try JSONValue(parsing: "\"x\"") == "x")
        #expect(try JSONValue(parsing: "[]") == .array([]))
        #expect(try JSONValue(parsing: "{}") == .object([:]))
    }

    @Test func repeatedKeyKeepsFirstPositionAndLastValue() throws {
        let value = try JSONValue(parsing: #"{"a":1,"b":2,"a":3}"#)
        #expect(value.objectValue?.keys.elements == ["a", "b"])
        #expect(value["a"] == 3)
    }

    @Test(
        arguments: [
            ("", 0, "unexpected end of input"),
            ("{\"a\":1,}", 7, "expected a string object key"),
            ("[1,]", 3, "expected a value"),
            ("[1 2]", 3, "expected ',' or ']'"),
            ("{\"a\" 1}", 5, "expected ':'"),
            ("01", 1, "after the JSON value"),
            ("1.", 0, "invalid number"),
            ("-", 0, "invalid number"),
            ("NaN", 0, "expected a value"),
            ("tru", 0, "expected 'true'"),
            ("\"abc", 0, "unterminated string"),
            ("\"a\nb\"", 2, "unescaped control character 0xa"),
            ("\"\\x\"", 2, "invalid escape"),
            ("\"\\u12G4\"", 5, "expected 4 hex digits"),
            ("\"\\ud83d\"", 1, "high surrogate not followed by a low surrogate"),
            ("\"\\ud83d\\u0041\"", 1, "high surrogate not followed by a low surrogate"),
            ("\"\\ude00\"", 1, "lone low surrogate"),
            ("{\"a\":1} x", 8, "after the JSON value"),
            ("// c\n1", 0, "expected a value"),
            ("'a'", 0, "expected a value"),
        ]
    )
    func rejectsInvalidTextWithOffset(text: String, offset: Int, reason: String) {
        #expect {
            try JSONValue(parsing: text)
        } throws: { error in
            guard let error = error as? JSONParseError else {
                return false
            }
            return error.offset == offset && error.reason.contains(reason)
        }
    }

    @Test(
        "a string that is not valid UTF-8 is rejected, escapes or not",
        arguments: [
            [0x61, 0xFF],
            [0xC0, 0xAF],
            [0xED, 0xA0, 0x80],
            [0xE2, 0x82],
            [0x80, 0x61],
            [0x5C, 0x6E, 0xF8, 0x88, 0x80, 0x80, 0x80],
        ] as [[UInt8]]
    )
    func rejectsInvalidUTF8(content: [UInt8]) {
        let bytes = Data([0x22] + content + [0x22])
        #expect(throws: JSONParseError(offset: 0, reason: "string is not valid UTF-8")) {
            try JSONValue(parsing: bytes)
        }
    }

    @Test("valid UTF-8 reads as itself, the replacement character and escapes among it")
    func readsValidUTF8() throws {
        let text = "\"caf\u{E9} \u{FFFD} \u{1F600}\\n\""
        #expect(try JSONValue(parsing: Data(text.utf8)) == .string("caf\u{E9} \u{FFFD} \u{1F600}\n"))
    }

    @Test func errorDescriptionNamesTheOffset() {
        #expect(
            JSONParseError(offset: 7, reason: "expected a value").description
                == "invalid JSON at byte 7: expected a value"
        )
    }

    @Test func nestingDepthIsLimited() throws {
        let deep = String(repeating: "[", count: 20) + String(repeating: "]", count: 20)
        #expect(try JSONValue(parsing: deep, maximumDepth: 20).arrayValue?.count == 1)
        #expect(throws: JSONParseError(offset: 20, reason: "nesting deeper than 20 levels")) {
            try JSONValue(parsing: "[" + deep + "]", maximumDepth: 20)
        }
        let hostile = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParseError.self) {
            try JSONValue(parsing: hostile)
        }
    }
}
