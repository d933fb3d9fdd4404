import Testing

@testable import DurableAPI

@Suite struct HTTPHeadersTests {
    @Test func lookupIgnoresCaseAndKeepsRepeatsAndEmptyValues() {
        var headers = HTTPHeaders()
        headers.add(name: "X-Ms-Continuation-Token", value: "")
        headers.add(name: "Set-Thing", value: "a")
        headers.add(name: "set-thing", value: "b")
        #expect(headers["x-ms-continuation-token"] == "")
        #expect(headers.values(for: "SET-THING") == ["a", "b"])
        #expect(headers["Retry-After"] == nil)
    }

    @Test func setReplacesEveryField() {
        var headers = HTTPHeaders([.init(name: "Accept", value: "a"), .init(name: "accept", value: "b")])
        headers.set(name: "ACCEPT", value: "c")
        #expect(headers.fields == [.init(name: "ACCEPT", value: "c")])
    }
}
