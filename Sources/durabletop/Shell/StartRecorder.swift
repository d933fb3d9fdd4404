import DurableAPI
import HubKit
import Synchronization

/// The executor of `durabletop start`: sends the start as the dashboard's does, through the audited bulk runner,
/// and keeps the check-status payload the host answers with, which the command prints.
final class StartRecorder: ActionExecutor {
    /// The client the start goes through.
    let client: DurableClient
    private let answer = Mutex<CheckStatusPayload?>(nil)

    /// A recorder starting orchestrations on `client`'s hub.
    init(client: DurableClient) {
        self.client = client
    }

    /// The check-status payload of the start, once the host has answered 202.
    var payload: CheckStatusPayload? { answer.withLock { $0 } }

    /// Starts the orchestration `request` names; any other request is not a start's and is refused.
    func perform(_ request: ActionRequest, on target: String?) async throws(DurableAPIError) -> ActionSuccess {
        guard case .start(let name, let instanceID, let input) = request else {
            throw .unexpectedStatus(0, "not a start")
        }
        let result = try await client.start(orchestrator: name, instanceID: instanceID, input: input)
        switch result {
        case .accepted(let payload):
            answer.withLock { $0 = payload }
            return .started(instanceID: payload.id, status: nil)
        case .completed:
            return .started(instanceID: instanceID ?? "", status: .completed)
        case .finished(let status):
            return .started(instanceID: status.instanceId, status: status.runtimeStatus)
        }
    }

    /// A start counts nothing.
    func count(matching filter: PurgeFilter) async throws(DurableAPIError) -> Int {
        0
    }
}
