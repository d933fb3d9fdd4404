import Testing

@testable import DurableAPI

@Suite struct JSONSerializationTests {
    @Test func compactFormMatchesNewtonsoft() {
        let value: JSONValue = ["a": 1, "b": [true, nil], "c": "x", "d": [:], "e": []]
        #expect(value.compactText == #"{"a":1,"b":[true,null],"c":"x","d":{},"e":[]}"#)
    }

    @Test func prettyFormIndentsTwoSpaces() {
        let value: JSONValue = ["a": 1, "b": [true, nil], "c": [:]]
        #expect(value.prettyText == "{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ],\n  \"c\": {}\n}")
    }

    @Test func escapesLikeNewtonsoft() {
        let value = JSONValue.string("q\" b\\ /\u{08}\u{0C}\n\r\t\u{00}\u{01}\u{1F}\u{7F}\u{85}\u{2028}\u{2029}é😀")
        #expect(
            value.compactText
                == #""q\" b\\ /\b\f\n\r\t\u0000\u0001\u001f"# + "\u{7F}" + #"\u0085\u2028\u2029"# + "é😀\""
        )
    }

    @Test(
        arguments: [
            #"{"name":"ProcessOrder","input":{"orderId":"ORD-0042","amount":150.0},"output":null}"#,
            #"[12345678901234567890,-0.0,1E+3,1e-7,0]"#,
            #"{"z":{"y":{"x":[[],{}]}},"a":"\u0001\n\"\\","é":"東京😀"}"#,
            #""\u2028""#,
        ]
    )
    func compactRoundTripIsByteExact(text: String) throws {
        #expect(try JSONValue(parsing: text).compactText == text)
    }

    @Test func prettyTextParsesBackToTheSameValue() throws {
        let value = try JSONValue(parsing: #"{"b":[1,{"c":"\t"}],"a":{}}"#)
        #expect(try JSONValue(parsing: value.prettyText) == value)
    }

    @Test func deterministicGeneratedValuesRoundTrip() throws {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let value = generator.makeValue(depth: 0)
            let reparsed = try JSONValue(parsing: value.compactText)
            #expect(reparsed == value)
            #expect(try JSONValue(parsing: value.prettyText) == value)
        }
    }
}

/// A tiny deterministic generator for property-style tests.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    mutating func makeString() -> String {
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", "\"", "\\", "/", "\n", "\u{01}", "\u{1F}", "é", "東", "😀", "\u{2028}",
        ]
        var string = ""
        for _ in 0..<next(below: 6) {
            string.unicodeScalars.append(alphabet[next(below: alphabet.count)])
        }
        return string
    }

    mutating func makeValue(depth: Int) -> JSONValue {
        let choice = depth >= 3 ? next(below: 4) : next(below: 6)
        switch choice {
        case 0: return .null
        case 1: return .bool(next(below: 2) == 0)
        case 2:
            let literals = ["0", "-1", "150.0", "3.25e-7", "12345678901234567890123", "1E+30"]
            return .number(JSONNumber(literal: literals[next(below: literals.count)])!)
        case 3: return .string(makeString())
        case 4: return .array((0..<next(below: 4)).map { _ in makeValue(depth: depth + 1) })
        default:
            var members = JSONValue.object([:]).objectValue!
            for _ in 0..<next(below: 4) {
                members[makeString()] = makeValue(depth: depth + 1)
            }
            return .object(members)
        }
    }
}

/// JSON printed for a terminal.
@Suite struct TerminalSafeJSONTests {
    @Test func everyUnsafeScalarIsEscapedAndTheJSONStaysTheSame() throws {
        let text = "a\u{1B}[31m\u{7F}\u{9B}\u{202E}\u{2028}b"
        let value = JSONValue.object(["s": .string(text)])
        let safe = value.terminalSafeText
        #expect(safe == #"{"s":"a\u001b[31m\u007f\u009b\u202e\u2028b"}"#)
        #expect(try JSONValue(parsing: safe) == value)
    }
}
