import Testing

@testable import DurableAPI

@Suite struct CurlTransferTests {
    /// Feeds raw header lines to a transfer, as libcurl's header callback does, and returns its headers.
    private func headers(after lines: [String]) -> HTTPHeaders {
        let transfer = CurlTransfer(limit: 1 << 20, cancelFlag: CancelFlag())
        for line in lines {
            var bytes = Array(line.utf8)
            bytes.withUnsafeMutableBytes { transfer.receiveHeaderLine(UnsafeRawBufferPointer($0)) }
        }
        return transfer.headers
    }

    @Test func headerLinesAreSplitAtTheFirstColonAndTrimmedOfBlanks() {
        let received = headers(after: [
            "HTTP/1.1 200 OK\r\n",
            "x-ms-continuation-token: \t eyJ0b2tlbiI6MX0= \r\n",
            "Location: http://host:7071/runtime/webhooks/durabletask/instances/a?x=1\r\n",
            "Empty-Value:\r\n",
            ": no name\r\n",
            "no colon at all\r\n",
            "\r\n",
        ])
        #expect(received["x-ms-continuation-token"] == "eyJ0b2tlbiI6MX0=")
        #expect(received["location"] == "http://host:7071/runtime/webhooks/durabletask/instances/a?x=1")
        #expect(received.values(for: "empty-value") == [""])
        #expect(received.values(for: "") == [])
    }

    @Test func aStatusLineStartsANewHeaderBlock() {
        let received = headers(after: [
            "HTTP/1.1 100 Continue\r\n", "X-Early: 1\r\n", "\r\n", "HTTP/1.1 202 Accepted\r\n", "X-Late: 2\r\n",
        ])
        #expect(received["x-early"] == nil)
        #expect(received["x-late"] == "2")
    }
}
