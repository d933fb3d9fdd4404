import Testing

@testable import DurableAPI

@Suite struct EmbeddedJSONTests {
    @Test(
        arguments: [
            (#""Tokyo""#, JSONValue.string("Tokyo")),
            (#"{"approved":true}"#, JSONValue.object(["approved": true])),
            ("150.0", .number(JSONNumber(literal: "150.0")!)),
            ("null", .null),
        ]
    )
    func decodesStringsThatHoldJSON(raw: String, value: JSONValue) {
        let embedded = EmbeddedJSON(raw: raw)
        #expect(embedded.isJSON)
        #expect(embedded.value == value)
        #expect(embedded.raw == raw)
    }

    @Test(arguments: ["Tokyo", "", "   ", "{not json", "operator said stop"])
    func keepsOtherTextAsAString(raw: String) {
        let embedded = EmbeddedJSON(raw: raw)
        #expect(!embedded.isJSON)
        #expect(embedded.value == .string(raw))
    }

    @Test func encodingProducesTheHostsRawForm() {
        let embedded = EmbeddedJSON(encoding: "Tokyo")
        #expect(embedded.raw == #""Tokyo""#)
        #expect(EmbeddedJSON(raw: embedded.raw) == embedded)
    }
}

@Suite struct JSONPathTests {
    @Test func identifiersUseDotsAndOtherKeysUseQuotedBrackets() {
        let path = JSONPath.root.appending(index: 3).appending(key: "runtimeStatus")
        #expect(path.description == "$[3].runtimeStatus")
        #expect(JSONPath.root.appending(key: "a b").appending(key: "$type").description == #"$["a b"]["$type"]"#)
        #expect(JSONPath.root.appending(key: "q\"\n").description == #"$["q\"\n"]"#)
        #expect(JSONPath.root.appending(key: "").description == #"$[""]"#)
    }

    @Test func accessorsReturnNilForOtherTypes() {
        let value: JSONValue = ["a": [1, "x"]]
        #expect(value["a"]?[1]?.stringValue == "x")
        #expect(value["a"]?[2] == nil)
        #expect(value["missing"] == nil)
        #expect(value[0] == nil)
        #expect(JSONValue.string("x")["a"] == nil)
        #expect(JSONValue.bool(true).stringValue == nil)
        #expect(JSONValue.null.isNull)
        #expect(value.typeName == "object")
    }
}
