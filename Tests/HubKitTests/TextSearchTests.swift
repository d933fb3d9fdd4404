import DurableAPI
import HubKit
import Testing

@Suite("Searching text and JSON for a filter word without lowering it")
struct TextSearchTests {
    @Test("ASCII words match in any letter case, anywhere in the text")
    func ascii() {
        let search = TextSearch("order-1")
        #expect(search.found(in: "ORDER-17"))
        #expect(search.found(in: "big-Order-1"))
        #expect(!search.found(in: "order-2"))
        #expect(!search.found(in: "order-"))
        #expect(TextSearch("").found(in: "anything"))
    }

    @Test("a word with letters outside ASCII still matches in any letter case")
    func unicode() {
        #expect(TextSearch("ärger").found(in: "Großer ÄRGER"))
        #expect(!TextSearch("ärger").found(in: "Arger"))
        #expect(TextSearch("日本").found(in: "hub-日本-1"))
    }

    @Test("JSON is searched key by key and value by value: strings, numbers, literals, nested")
    func json() throws {
        let value = try JSONValue(
            parsing: #"{"Stage":"Processing","progress":42,"done":false,"items":[{"sku":"A-7"}]}"#
        )
        #expect(TextSearch("stage").found(in: value))
        #expect(TextSearch("processing").found(in: value))
        #expect(TextSearch("42").found(in: value))
        #expect(TextSearch("false").found(in: value))
        #expect(TextSearch("a-7").found(in: value))
        #expect(!TextSearch("stage\":").found(in: value))
        #expect(!TextSearch("shipped").found(in: value))
    }
}
