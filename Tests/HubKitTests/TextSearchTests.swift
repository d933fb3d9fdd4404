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
        #expect(value.containsText(where: TextSearch("stage").found(in:)))
        #expect(value.containsText(where: TextSearch("processing").found(in:)))
        #expect(value.containsText(where: TextSearch("42").found(in:)))
        #expect(value.containsText(where: TextSearch("false").found(in:)))
        #expect(value.containsText(where: TextSearch("a-7").found(in:)))
        #expect(!value.containsText(where: TextSearch("stage\":").found(in:)))
        #expect(!value.containsText(where: TextSearch("shipped").found(in:)))
    }

    @Test(
        "the pairs of texts never turn away a word the texts hold, in any letter case",
        arguments: ["order-1", "ORD", "stage", "a-7", "42", "e", "", "ärger", "großer", "kflow"]
    )
    func pairsAgreeWithTheSearch(word: String) throws {
        let texts = ["Big-Order-17", "OrderWorkflow", "Großer ÄRGER"]
        let value = try JSONValue(parsing: #"{"Stage":"Processing","progress":42,"items":[{"sku":"A-7"}]}"#)
        var pairs = SearchPairs()
        texts.forEach { pairs.add($0) }
        _ = value.containsText { text in
            pairs.add(text)
            return false
        }
        let search = TextSearch(word.lowercased())
        let held = texts.contains { search.found(in: $0) } || value.containsText(where: search.found(in:))
        #expect(held)
        #expect(search.mayBeFound(in: pairs))
    }

    @Test("a word with a pair the texts lack is turned away without reading them")
    func pairsTurnAway() {
        let pairs = SearchPairs("213c41a45e0c2bfffb84f285d74fb41e")
        #expect(!TextSearch("order-1").mayBeFound(in: pairs))
        #expect(TextSearch("5e0c").mayBeFound(in: pairs))
        #expect(TextSearch("o").mayBeFound(in: pairs), "a word of one byte has no pairs to compare")
        #expect(TextSearch("ärger").mayBeFound(in: SearchPairs()), "a word outside ASCII is always searched")
    }
}
