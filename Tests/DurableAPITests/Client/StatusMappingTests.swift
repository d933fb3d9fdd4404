import Foundation
import Testing

@testable import DurableAPI

/// Status code → typed answer, for every code of §2 and §5.
@Suite struct StatusMappingTests {
    private static let failedStatus = """
        {"name":"P","instanceId":"ord-1","runtimeStatus":"Failed","input":null,"customStatus":null,\
        "output":"boom","createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:07Z"}
        """

    private func terminate(answeredWith reply: HTTPResponse) async throws {
        try await TestEndpoint.client(ScriptedTransport([reply])).perform(.terminate, on: "ord-1")
    }

    @Test func successCodesPerEndpoint() async throws {
        try await terminate(answeredWith: Reply.empty(202))
        let finished = try await TestEndpoint.client(ScriptedTransport([Reply.json(200, Self.failedStatus)]))
            .status(of: "ord-1")
        #expect(finished == .finished(try OrchestrationStatus(json: JSONValue(parsing: Self.failedStatus))))
    }

    @Test func notFoundAndGone() async throws {
        await #expect(throws: DurableAPIError.notFound("instance 'ord-1'")) {
            try await terminate(answeredWith: Reply.empty(404))
        }
        await #expect(throws: DurableAPIError.gone("instance 'ord-1'")) {
            try await terminate(answeredWith: Reply.empty(410))
        }
    }

    @Test func wrongKeyIsDistinctFor401And403() async throws {
        await #expect(throws: DurableAPIError.unauthorized) { try await terminate(answeredWith: Reply.empty(401)) }
        await #expect(throws: DurableAPIError.forbidden) { try await terminate(answeredWith: Reply.empty(403)) }
        #expect(DurableAPIError.unauthorized.description.contains("durabletask_extension"))
        #expect(DurableAPIError.forbidden.description.contains("not allowed"))
    }

    @Test func hostErrorsCarryTheHostMessage() async throws {
        let cases: [(Int, String, String)] = [
            (
                400, "{\"Message\":\"Only application/json request content is supported\"}",
                "Only application/json request content is supported"
            ),
            (
                409, "{\"Message\":\"An Orchestration instance with the status Running already exists.\"}",
                "An Orchestration instance with the status Running already exists."
            ),
            (
                412, "\"Only orchestrations in a terminal state can be purged\"",
                "Only orchestrations in a terminal state can be purged"
            ),
            (
                500,
                "{\"Message\":\"Something went wrong while processing your request\",\"ExceptionMessage\":"
                    + "\"Cannot suspend the orchestration instance X because instance is in the Suspended state.\","
                    + "\"ExceptionType\":\"System.InvalidOperationException\",\"StackTrace\":\"   at X()\"}",
                "Cannot suspend the orchestration instance X because instance is in the Suspended state. "
                    + "(Something went wrong while processing your request)"
            ),
            (
                501,
                "{\"Message\":\"Rewind is not supported\",\"ExceptionMessage\":null,\"ExceptionType\":null,"
                    + "\"StackTrace\":null}", "Rewind is not supported"
            ),
        ]
        for (status, body, message) in cases {
            await #expect(throws: DurableAPIError.hostError(status: status, message: message)) {
                try await terminate(answeredWith: Reply.json(status, body))
            }
        }
    }

    @Test func emptyErrorBodyFallsBackToTheReasonPhrase() async throws {
        await #expect(
            throws: DurableAPIError.hostError(
                status: 503,
                message: "Service Unavailable (the host may still be starting)"
            )
        ) {
            try await terminate(answeredWith: Reply.empty(503))
        }
    }

    @Test func unexpectedStatusKeepsASanitizedSnippet() async throws {
        await #expect(throws: DurableAPIError.unexpectedStatus(418, "teapot [31m here")) {
            try await terminate(answeredWith: Reply.json(418, "teapot\u{1B}[31m\nhere"))
        }
    }

    @Test func failedInstanceAs500WithStatusBodyIsFinished() async throws {
        let transport = ScriptedTransport([Reply.json(500, Self.failedStatus)])
        let state = try await TestEndpoint.client(transport).status(
            of: "ord-1",
            options: StatusOptions(returnInternalServerErrorOnFailure: true)
        )
        #expect(!state.isRunning)
        #expect(state.status.runtimeStatus == .failed)
    }

    @Test func plain500OnStatusIsAHostError() async throws {
        let transport = ScriptedTransport([Reply.json(500, "{\"Message\":\"Webhooks are not configured\"}")])
        await #expect(throws: DurableAPIError.hostError(status: 500, message: "Webhooks are not configured")) {
            try await TestEndpoint.client(transport).status(of: "ord-1")
        }
    }

    @Test func purgeOneNotFoundIsAnError() async throws {
        await #expect(throws: DurableAPIError.notFound("instance 'gone'")) {
            try await TestEndpoint.client(ScriptedTransport([Reply.empty(404)])).purge(instanceID: "gone")
        }
    }

    @Test func invalidBodiesNameTheProblem() async throws {
        await #expect(throws: DurableAPIError.self) {
            try await TestEndpoint.client(ScriptedTransport([Reply.json(200, "<html>")])).status(of: "x")
        }
        do {
            _ = try await TestEndpoint.client(ScriptedTransport([Reply.json(200, "{\"instancesDeleted\":\"1\"}")]))
                .purge(instanceID: "x")
            Issue.record("expected invalidResponse")
        } catch {
            guard case .invalidResponse(let path, _) = error else {
                Issue.record("expected invalidResponse, got \(error)")
                return
            }
            #expect(path == "$.instancesDeleted")
        }
    }

    @Test func transportFailuresStayDistinct() async throws {
        let kinds: [TransportError] = [
            .connectionFailed("Connection refused"), .timedOut("after 30000 ms"), .tls("certificate verify failed"),
            .dns("Could not resolve host"), .responseTooLarge(limit: 10), .cancelled,
        ]
        for kind in kinds {
            await #expect(throws: DurableAPIError.transport(kind)) {
                try await TestEndpoint.client(FailingTransport(error: kind)).status(of: "x")
            }
        }
    }

    @Test func cancellationErrorFromATransportIsCancelled() async throws {
        struct CancellingTransport: HTTPTransport {
            func send(_ request: HTTPRequest) async throws -> HTTPResponse {
                throw CancellationError()
            }
        }
        await #expect(throws: DurableAPIError.transport(.cancelled)) {
            try await TestEndpoint.client(CancellingTransport()).status(of: "x")
        }
    }
}
