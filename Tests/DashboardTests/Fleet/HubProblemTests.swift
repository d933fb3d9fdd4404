import DurableAPI
import Testing

@testable import HubKit

@Suite("Hub problems")
struct HubProblemTests {
    @Test(
        "a failed call's error gives the problem an overview row shows",
        arguments: [
            (DurableAPIError.transport(.connectionFailed("refused")), HubProblem.unreachable, "unreachable"),
            (.transport(.timedOut("30 s")), .unreachable, "unreachable"),
            (.unauthorized, .keyRefused, "key refused"),
            (.forbidden, .keyRefused, "key refused"),
            (.hostError(status: 429, message: "slow down"), .throttled, "throttled"),
            (.hostError(status: 503, message: "starting"), .throttled, "throttled"),
            (.unexpectedStatus(429, ""), .throttled, "throttled"),
            (.notFound("instances"), .notFound, "not found"),
            (.hostError(status: 500, message: "boom"), .hostError, "host error"),
            (.invalidResponse(path: "instances", reason: "not JSON"), .hostError, "host error"),
        ]
    )
    func problem(error: DurableAPIError, problem: HubProblem, words: String) {
        #expect(HubProblem(error) == problem)
        #expect(HubProblem(error).words == words)
    }
}
