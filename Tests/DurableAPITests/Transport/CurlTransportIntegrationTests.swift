import Foundation
import Synchronization
import Testing

@testable import DurableAPI

/// Drives the real libcurl transport against a loopback Hummingbird server.
@Suite struct CurlTransportIntegrationTests {
    private static func get(_ url: String, headers: HTTPHeaders = .init()) -> HTTPRequest {
        HTTPRequest(method: .get, url: url, headers: headers)
    }

    @Test func sendsHeadersAndCollectsResponseHeadersIncludingEmptyAndRepeated() async throws {
        try await LoopbackServer.run { base in
            let transport = CurlTransport(options: .init(useEnvironmentProxy: false))
            var headers = HTTPHeaders()
            headers.add(name: "x-functions-key", value: "K/ey+1==")
            headers.add(name: "x-ms-continuation-token", value: "1!28!b3Jk")
            let response = try await transport.send(Self.get(base + "/headers", headers: headers))
            let seen = String(decoding: response.body, as: UTF8.self).lowercased()
            #expect(response.status == 200)
            #expect(seen.contains("x-functions-key: k/ey+1==\n"))
            #expect(seen.contains("x-ms-continuation-token: 1!28!b3jk\n"))
            #expect(seen.contains("user-agent: durabletop/\(DurableAPI.version)\n"))
            #expect(seen.contains("accept-encoding: ") && seen.contains("gzip"))
            #expect(!seen.contains("expect:"))
            #expect(response.headers["X-MS-Continuation-Token"] == "")
            #expect(response.headers.values(for: "x-multi") == ["a", "b"])
            #expect(response.headers["retry-after"] == "7")
        }
    }

    @Test func postsBodyWithContentTypeAndReusesHandleForNextGet() async throws {
        try await LoopbackServer.run { base in
            let transport = CurlTransport(options: .init(workerCount: 1, useEnvironmentProxy: false))
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "application/json")
            let post = HTTPRequest(method: .post, url: base + "/echo", headers: headers, body: Data("null".utf8))
            let posted = try await transport.send(post)
            #expect(String(decoding: posted.body, as: UTF8.self) == "null")
            #expect(posted.headers["x-method"] == "POST")
            #expect(posted.headers["x-content-type"] == "application/json")

            let empty = try await transport.send(HTTPRequest(method: .post, url: base + "/echo"))
            #expect(empty.headers["x-method"] == "POST")
            #expect(empty.headers["x-content-length"] == "0")
            #expect(empty.headers["x-content-type"] == "(none)")
            #expect(empty.body.isEmpty)

            let deleted = try await transport.send(HTTPRequest(method: .delete, url: base + "/echo"))
            #expect(deleted.headers["x-method"] == "DELETE")

            let got = try await transport.send(Self.get(base + "/echo"))
            #expect(got.headers["x-method"] == "GET")
            #expect(got.headers["x-content-type"] == "(none)")
            #expect(got.body.isEmpty)
        }
    }

    @Test func decodesGzipBodies() async throws {
        try await LoopbackServer.run { base in
            let response = try await CurlTransport(options: .init(useEnvironmentProxy: false)).send(
                Self.get(base + "/gzip")
            )
            #expect(response.status == 200)
            #expect(String(decoding: response.body, as: UTF8.self) == LoopbackServer.gzipText)
        }
    }

    @Test func receivesLargeBodiesIntact() async throws {
        try await LoopbackServer.run { base in
            let size = 6 * 1024 * 1024 + 17
            let response = try await CurlTransport(options: .init(useEnvironmentProxy: false)).send(
                Self.get(base + "/bytes/\(size)")
            )
            #expect(response.body.count == size)
            #expect(response.body.allSatisfy { $0 == UInt8(ascii: "x") })
        }
    }

    @Test func capsResponseSizeWithAndWithoutContentLength() async throws {
        try await LoopbackServer.run { base in
            let transport = CurlTransport(options: .init(maxResponseBytes: 4096, useEnvironmentProxy: false))
            await #expect(throws: TransportError.responseTooLarge(limit: 4096)) {
                try await transport.send(Self.get(base + "/bytes/5000"))
            }
            await #expect(throws: TransportError.responseTooLarge(limit: 4096)) {
                try await transport.send(Self.get(base + "/stream/50000"))
            }
            let fits = try await transport.send(Self.get(base + "/stream/4096"))
            #expect(fits.body.count == 4096)
        }
    }

    @Test func totalTimeoutGivesTimedOut() async throws {
        try await LoopbackServer.run { base in
            let transport = CurlTransport(options: .init(totalTimeout: .milliseconds(300), useEnvironmentProxy: false))
            do {
                _ = try await transport.send(Self.get(base + "/slow"))
                Issue.record("expected a timeout")
            } catch let error as TransportError {
                guard case .timedOut = error else {
                    Issue.record("expected timedOut, got \(error)")
                    return
                }
            }
        }
    }

    @Test func closedPortGivesConnectionFailed() async throws {
        let transport = CurlTransport(options: .init(useEnvironmentProxy: false))
        do {
            _ = try await transport.send(Self.get("http://127.0.0.1:1/instances"))
            Issue.record("expected a connection failure")
        } catch let error as TransportError {
            guard case .connectionFailed(let detail) = error else {
                Issue.record("expected connectionFailed, got \(error)")
                return
            }
            #expect(!detail.isEmpty)
        }
    }

    @Test func tlsHandshakeFailureGivesTLSError() async throws {
        try await LoopbackServer.run { base in
            let httpsToPlainServer = base.replacingOccurrences(of: "http://", with: "https://") + "/headers"
            do {
                _ = try await CurlTransport(options: .init(useEnvironmentProxy: false)).send(
                    Self.get(httpsToPlainServer)
                )
                Issue.record("expected a TLS failure")
            } catch let error as TransportError {
                guard case .tls = error else {
                    Issue.record("expected tls, got \(error)")
                    return
                }
            }
        }
    }

    @Test func unknownHostGivesDNSError() async throws {
        let transport = CurlTransport(options: .init(useEnvironmentProxy: false))
        do {
            _ = try await transport.send(Self.get("http://durabletop-no-such-host.invalid/"))
            Issue.record("expected a DNS failure")
        } catch let error as TransportError {
            guard case .dns = error else {
                Issue.record("expected dns, got \(error)")
                return
            }
        }
    }

    @Test func cancellingTheTaskAbortsTheTransfer() async throws {
        try await LoopbackServer.run { base in
            let transport = CurlTransport(options: .init(useEnvironmentProxy: false))
            let task = Task {
                try await transport.send(Self.get(base + "/slow"))
            }
            try await Task.sleep(for: .milliseconds(150))
            task.cancel()
            await #expect(throws: TransportError.cancelled) {
                try await task.value
            }
        }
    }

    @Test func httpErrorStatusesAreAnswersNotThrows() async throws {
        try await LoopbackServer.run { base in
            let response = try await CurlTransport(options: .init(useEnvironmentProxy: false)).send(
                Self.get(base + "/status/503")
            )
            #expect(response.status == 503)
            #expect(response.body.isEmpty)
        }
    }

    @Test func aChainSendsEachRequestItsAnswerBeforeLeadsToAndEndsWhenNextReturnsNil() async throws {
        try await LoopbackServer.run { base in
            let transport = CurlTransport(options: .init(workerCount: 1, useEnvironmentProxy: false))
            let statuses = await withCheckedContinuation { (done: CheckedContinuation<[Int], Never>) in
                let seen = Mutex<[Int]>([])
                _ = transport.sendChain(startingWith: Self.get(base + "/status/201")) { answer in
                    let status = (try? answer.get())?.status ?? -1
                    let all = seen.withLock { seen in
                        seen.append(status)
                        return seen
                    }
                    guard status > 0, status < 204 else {
                        done.resume(returning: all)
                        return nil
                    }
                    return Self.get(base + "/status/\(status + 1)")
                }
            }
            #expect(statuses == [201, 202, 203, 204])
            let after = try await transport.send(Self.get(base + "/status/200"))
            #expect(after.status == 200)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func stoppingAChainCancelsItsTransferInFlightAndItsNextHearsTheCancellation() async throws {
        try await LoopbackServer.run { base in
            let transport = CurlTransport(options: .init(workerCount: 1, useEnvironmentProxy: false))
            let (outcomes, outcome) = AsyncStream.makeStream(of: String.self)
            let stop = transport.sendChain(startingWith: Self.get(base + "/status/200")) { answer in
                switch answer {
                case .success(let response):
                    outcome.yield("\(response.status)")
                    return response.status == 200 ? Self.get(base + "/slow") : nil
                case .failure(let error):
                    outcome.yield("\(error)")
                    return nil
                }
            }
            var heard = outcomes.makeAsyncIterator()
            #expect(await heard.next() == "200")
            try await Task.sleep(for: .milliseconds(150))
            stop()
            #expect(await heard.next() == "\(TransportError.cancelled)")
            let after = try await transport.send(Self.get(base + "/status/204"))
            #expect(after.status == 204)
        }
    }
}
