import ConfigFiles
import Testing

@Suite("TOML locator")
struct TOMLLocatorTests {
    private let text = """
        title = "x"
        [meta]
        name = "dark"

        [connections."prod east"]
          url = "https://a"
        [connections.dev]
        url = "https://b"
        "read-only" = true
        """

    @Test("headers, bare or with a quoted last part, and their subtables")
    func headers() {
        let locator = TOMLLocator(text: text)
        #expect(locator.header(["meta"]) == 2)
        #expect(locator.header(["connections", "prod east"]) == 5)
        #expect(locator.header(["connections"]) == 5)
        #expect(locator.header(["missing"]) == nil)
    }

    @Test("assignments anywhere, or only inside one table")
    func assignments() {
        let locator = TOMLLocator(text: text)
        #expect(locator.assignment("title") == 1)
        #expect(locator.assignment("url") == 6)
        #expect(locator.assignment("url", inTableAt: 7) == 8)
        #expect(locator.assignment("read-only", inTableAt: 7) == 9)
        #expect(locator.assignment("name", inTableAt: 5) == nil)
    }
}
