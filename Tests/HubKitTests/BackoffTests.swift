import DurableAPI
import Foundation
import HubKit
import Synchronization
import Testing

/// A random source that always draws the same word: `0` waits the full step, `.max` the least jitter allows.
struct ConstantRandom: RandomNumberGenerator {
    let word: UInt64

    mutating func next() -> UInt64 { word }
}

@Suite("Backoff")
struct BackoffTests {
    @Test("each failure doubles the step from the base up to the cap; the full step is the longest wait")
    func doublesUpToTheCap() {
        var backoff = Backoff(base: .seconds(1))
        var full = ConstantRandom(word: 0)
        var waits: [Duration] = []
        for _ in 0..<9 {
            waits.append(backoff.failed(retryAfter: nil, using: &full))
        }
        #expect(waits == [1, 2, 4, 8, 16, 32, 60, 60, 60].map { .seconds($0) })
        #expect(backoff.failures == 9)
    }

    @Test("the jitter keeps each wait between three quarters of the step and the step")
    func jitterBounds() {
        var most = ConstantRandom(word: .max)
        var low = Backoff(base: .seconds(4))
        let first = low.failed(retryAfter: nil, using: &most)
        #expect(first >= .seconds(3) && first < .seconds(3.001))
        let second = low.failed(retryAfter: nil, using: &most)
        #expect(second >= .seconds(6) && second < .seconds(6.001))
        var random = SystemRandomNumberGenerator()
        var any = Backoff(base: .seconds(2))
        for _ in 0..<50 {
            let wait = any.failed(retryAfter: nil, using: &random)
            #expect(wait >= any.step * 0.75 && wait <= any.step)
        }
    }

    @Test("a success starts over from the base")
    func successResets() {
        var backoff = Backoff(base: .seconds(5))
        var full = ConstantRandom(word: 0)
        _ = backoff.failed(retryAfter: nil, using: &full)
        _ = backoff.failed(retryAfter: nil, using: &full)
        #expect(backoff.step == .seconds(10))
        backoff.succeeded()
        #expect(backoff.failures == 0)
        #expect(backoff.step == .zero)
        #expect(backoff.failed(retryAfter: nil, using: &full) == .seconds(5))
    }

    @Test("the host's Retry-After wins, clamped to 1 s … 10 min, and still counts as a failure")
    func retryAfterWins() {
        var backoff = Backoff(base: .seconds(1))
        var random = SystemRandomNumberGenerator()
        #expect(backoff.failed(retryAfter: .seconds(10), using: &random) == .seconds(10))
        #expect(backoff.failed(retryAfter: .zero, using: &random) == .seconds(1))
        #expect(backoff.failed(retryAfter: .seconds(86_400), using: &random) == .seconds(600))
        #expect(backoff.failures == 3)
        #expect(backoff.step == .seconds(4))
    }
}

@Suite("Host gate")
struct HostGateTests {
    let now = Date(timeIntervalSince1970: 1_773_144_000)

    @Test("a failure closes the gate for the backoff, with its reason; a success opens it")
    func closesAndOpens() throws {
        let gate = HostGate(base: .seconds(1))
        #expect(gate.notice(now: now) == nil)
        let notice = try #require(gate.record(.failed(.throttled, retryAfter: .seconds(10)), now: now))
        #expect(notice == HostBackoff(problem: .throttled, retryAt: now.addingTimeInterval(10)))
        #expect(notice.text(now: now.addingTimeInterval(2)) == "throttled by host, retry in 8s")
        #expect(notice.text(now: now.addingTimeInterval(9.2)) == "throttled by host, retry in 1s")
        #expect(gate.remaining(now: now.addingTimeInterval(4)) == .seconds(6))
        #expect(gate.notice(now: now.addingTimeInterval(10)) == nil)
        #expect(gate.remaining(now: now.addingTimeInterval(10)) == .zero)
        gate.record(.failed(.unreachable, retryAfter: nil), now: now.addingTimeInterval(10))
        #expect(gate.notice(now: now.addingTimeInterval(10))?.problem == .unreachable)
        #expect(gate.record(.succeeded, now: now.addingTimeInterval(12)) == nil)
        #expect(gate.notice(now: now.addingTimeInterval(12)) == nil)
    }

    @Test("a failure while the gate is closed does not step the backoff again, but a longer Retry-After holds")
    func failuresWhileClosed() {
        let gate = HostGate(base: .seconds(8))
        let first = gate.record(.failed(.hostError, retryAfter: nil), now: now)
        let again = gate.record(.failed(.unreachable, retryAfter: nil), now: now.addingTimeInterval(1))
        #expect(again?.retryAt == first?.retryAt)
        #expect(again?.problem == .unreachable)
        let throttled = gate.record(.failed(.throttled, retryAfter: .seconds(30)), now: now.addingTimeInterval(2))
        #expect(throttled?.retryAt == now.addingTimeInterval(32))
    }

    @Test("hubs on one host share one gate; another host has its own")
    func sharedPerHost() {
        let gates = HostGates(base: .seconds(1))
        let orders = gates.gate(for: "app.example.net")
        let billing = gates.gate(for: "APP.example.net")
        let other = gates.gate(for: "other.example.net")
        #expect(orders === billing)
        #expect(orders !== other)
        orders.record(.failed(.throttled, retryAfter: .seconds(10)), now: now)
        #expect(billing.notice(now: now.addingTimeInterval(1))?.problem == .throttled)
        #expect(other.notice(now: now.addingTimeInterval(1)) == nil)
    }

    @Test("the header words of each problem")
    func phrases() {
        let phrases = [HubProblem.throttled, .unreachable, .keyRefused, .hostError, .notFound].map(\.phrase)
        #expect(phrases == ["throttled by host", "host unreachable", "key refused", "host error", "not found"])
    }
}

@Suite("Slow host")
struct SlowHostTests {
    @Test("named past 2x the refresh interval (at least 3 s), stale past 3x (at least 4.5 s)")
    func thresholds() {
        #expect(SlowHost(waited: 3, refreshInterval: 1) == nil)
        #expect(SlowHost(waited: 3.1, refreshInterval: 1)?.isStale == false)
        #expect(SlowHost(waited: 4.5, refreshInterval: 1)?.isStale == false)
        #expect(SlowHost(waited: 4.6, refreshInterval: 1)?.isStale == true)
        #expect(SlowHost(waited: 10, refreshInterval: 5) == nil)
        #expect(SlowHost(waited: 10.5, refreshInterval: 5)?.isStale == false)
        #expect(SlowHost(waited: 15.5, refreshInterval: 5)?.isStale == true)
        #expect(SlowHost(waited: 16.9, refreshInterval: 1)?.text == "waiting for host 16s")
    }
}

@Suite("Retry-After note")
struct RetryAfterNoteTests {
    /// Answers every request with the next scripted response.
    final class Scripted: HTTPTransport, @unchecked Sendable {
        var responses: [HTTPResponse]

        init(_ responses: [HTTPResponse]) {
            self.responses = responses
        }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            responses.removeFirst()
        }
    }

    func answer(_ status: Int, retryAfter: String?) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: HTTPHeaders(retryAfter.map { [.init(name: "Retry-After", value: $0)] } ?? [])
        )
    }

    @Test("the counting transport keeps a 429 or 503 answer's Retry-After, and any other answer clears it")
    func keepsThrottledAnswers() async throws {
        let note = RetryAfterNote()
        let transport = CountingTransport(
            Scripted([
                answer(429, retryAfter: "10"), answer(200, retryAfter: "3"),
                answer(503, retryAfter: "Sun, 06 Nov 1994 08:49:37 GMT"), answer(503, retryAfter: nil),
            ]),
            counter: TrafficCounter(),
            retryAfter: note
        )
        let request = HTTPRequest(method: .get, url: "http://localhost/x")
        _ = try await transport.send(request)
        #expect(note.value == "10")
        _ = try await transport.send(request)
        #expect(note.value == nil)
        _ = try await transport.send(request)
        #expect(note.value == "Sun, 06 Nov 1994 08:49:37 GMT")
        _ = try await transport.send(request)
        #expect(note.value == nil)
    }

    @Test("a chain through the counting transport counts each request and answer, and keeps the last Retry-After")
    func countsEachRequestOfAChain() async throws {
        let note = RetryAfterNote()
        let counter = TrafficCounter()
        let transport = CountingTransport(
            Scripted([answer(200, retryAfter: nil), answer(200, retryAfter: nil), answer(429, retryAfter: "10")]),
            counter: counter,
            retryAfter: note
        )
        let first = HTTPRequest(method: .get, url: "http://localhost/page")
        let statuses = await withCheckedContinuation { (done: CheckedContinuation<[Int], Never>) in
            let seen = Mutex<[Int]>([])
            _ = transport.sendChain(startingWith: first) { answer in
                let status = (try? answer.get())?.status ?? -1
                let all = seen.withLock { seen in
                    seen.append(status)
                    return seen
                }
                guard status == 200 else {
                    done.resume(returning: all)
                    return nil
                }
                return HTTPRequest(method: .get, url: "http://localhost/page/\(all.count)")
            }
        }
        #expect(statuses == [200, 200, 429])
        let sent = counter.snapshot
        #expect(sent.requests == 3)
        #expect(sent.bytesSent == 3 * "GET ".utf8.count + "http://localhost/page".utf8.count * 3 + 2 * 2)
        #expect(note.value == "10")
    }
}
