import Testing

@testable import DurableAPI

@Suite struct PercentEncodingTests {
    @Test func pathSegmentKeepsOnlyUnreservedCharacters() {
        #expect(PercentEncoding.encodePathSegment("ord-2024_05.01~x") == "ord-2024_05.01~x")
        #expect(PercentEncoding.encodePathSegment("a b") == "a%20b")
        #expect(PercentEncoding.encodePathSegment("a/b") == "a%2Fb")
        #expect(PercentEncoding.encodePathSegment("@counter@cats") == "@counter@cats")
        #expect(PercentEncoding.encodePathSegment("order-1:2") == "order-1:2")
        #expect(PercentEncoding.encodePathSegment("a+b") == "a%2Bb")
        #expect(PercentEncoding.encodePathSegment("100%") == "100%25")
        #expect(PercentEncoding.encodePathSegment("?#&=") == "%3F%23%26%3D")
    }

    @Test func pathSegmentEncodesNonASCIIAsUTF8() {
        #expect(PercentEncoding.encodePathSegment("café") == "caf%C3%A9")
        #expect(PercentEncoding.encodePathSegment("注文") == "%E6%B3%A8%E6%96%87")
    }

    @Test func queryValueKeepsColonAndCommaButEncodesPlus() {
        #expect(PercentEncoding.encodeQueryValue("2024-05-01T09:00:00Z") == "2024-05-01T09:00:00Z")
        #expect(PercentEncoding.encodeQueryValue("Running,Pending") == "Running,Pending")
        #expect(PercentEncoding.encodeQueryValue("+02:00") == "%2B02:00")
        #expect(PercentEncoding.encodeQueryValue("a b&c=d#e") == "a%20b%26c%3Dd%23e")
    }

    @Test func decodeHandlesFormPlusAndBadEscapes() {
        #expect(PercentEncoding.decode("a+b%2Bc", plusAsSpace: true) == "a b+c")
        #expect(PercentEncoding.decode("a+b", plusAsSpace: false) == "a+b")
        #expect(PercentEncoding.decode("100%zz%4", plusAsSpace: false) == "100%zz%4")
        #expect(PercentEncoding.decode("caf%C3%A9", plusAsSpace: false) == "café")
    }
}
