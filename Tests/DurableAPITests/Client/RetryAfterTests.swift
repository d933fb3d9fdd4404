import DurableAPI
import Foundation
import Testing

@Suite("Retry-After")
struct RetryAfterTests {
    /// `Sun, 06 Nov 1994 08:49:37 GMT`, the RFC's example.
    let example = Date(timeIntervalSince1970: 784_111_777)

    @Test("whole seconds, padded or not, and 0")
    func seconds() {
        #expect(RetryAfter.delay("10", now: example) == .seconds(10))
        #expect(RetryAfter.delay(" 7 ", now: example) == .seconds(7))
        #expect(RetryAfter.delay("0", now: example) == .zero)
    }

    @Test("an HTTP-date in each of its three forms is the time until then")
    func httpDate() {
        let now = example.addingTimeInterval(-8)
        #expect(RetryAfter.delay("Sun, 06 Nov 1994 08:49:37 GMT", now: now) == .seconds(8))
        #expect(RetryAfter.delay("Sunday, 06-Nov-94 08:49:37 GMT", now: now) == .seconds(8))
        #expect(RetryAfter.delay("Sun Nov  6 08:49:37 1994", now: now) == .seconds(8))
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == example)
        #expect(HTTPDate.parse("Thu, 29 Feb 2024 23:59:60 GMT") == Date(timeIntervalSince1970: 1_709_251_200))
    }

    @Test("a date already past, garbage, negative numbers and nothing give no advice")
    func noAdvice() {
        #expect(RetryAfter.delay("Sun, 06 Nov 1994 08:49:37 GMT", now: example) == nil)
        #expect(RetryAfter.delay("Sun, 06 Nov 1994 08:49:36 GMT", now: example) == nil)
        for garbage in [
            "soon", "1.5", "10s", "-3", "", "   ", "Sun, 31 Feb 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT", "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 CET",
        ] {
            #expect(RetryAfter.delay(garbage, now: example) == nil, "\(garbage)")
        }
        #expect(RetryAfter.delay(nil, now: example) == nil)
    }

    @Test("a number too large for Int is still a (long) wait")
    func hugeNumber() {
        #expect(RetryAfter.delay("99999999999999999999999", now: example).map { $0 > .seconds(86_400) } == true)
    }

    @Test("202 polling honours an HTTP-date through the same reader")
    func pollingPolicyReadsDates() {
        let policy = PollingPolicy()
        #expect(
            policy.delay(retryAfter: "Sun, 06 Nov 1994 08:49:37 GMT", now: example.addingTimeInterval(-12))
                == .seconds(12)
        )
        #expect(policy.delay(retryAfter: "Sun, 06 Nov 1994 08:49:37 GMT", now: example) == .seconds(5))
    }
}
