import Dashboard
import DurableAPI
import Foundation
import HubKit
import Synchronization

/// A permit for tests (sessions that are not read-only get one).
let testPermit = MutationPermit.granted(readOnly: false)!

/// Opens a dialog on instances given as (id, status) pairs.
func dialog(
    _ action: OperatorAction,
    _ rows: [(String, RuntimeStatus)],
    operatorName: String = "ops@box"
) throws -> ActionDialog {
    let candidates = rows.map { ActionCandidate(id: $0.0, status: $0.1) }
    return try ActionDialog(
        action,
        targets: PinnedTargets(action: action, candidates: candidates),
        permit: testPermit,
        operatorName: operatorName
    )
}

/// Types a text, character by character.
func type(_ text: String, into dialog: inout ActionDialog) {
    for character in text {
        _ = dialog.handle(.character(character))
    }
}

/// Moves focus to the field named `name` with Tab.
func focus(_ name: DialogField.Name, in dialog: inout ActionDialog) {
    let index = dialog.fieldIndex(name)!
    while dialog.focus != .field(index) {
        _ = dialog.handle(.tab)
    }
}

/// Moves focus to the confirm button with Tab and presses Enter.
func confirm(_ dialog: inout ActionDialog) -> ActionDialog.Outcome {
    while dialog.focus != .confirm {
        _ = dialog.handle(.tab)
    }
    return dialog.handle(.enter)
}

/// An executor that records calls, fails on chosen targets and tracks how many calls overlap.
final class RecordingExecutor: ActionExecutor {
    private struct Record {
        var calls: [(ActionRequest, String?)] = []
        var inFlight = 0
        var maxInFlight = 0
    }

    private let record = Mutex(Record())
    private let failures: [String: DurableAPIError]
    private let delay: Duration
    private let matching: Int

    init(failures: [String: DurableAPIError] = [:], delay: Duration = .zero, matching: Int = 0) {
        self.failures = failures
        self.delay = delay
        self.matching = matching
    }

    var calls: [(ActionRequest, String?)] { record.withLock { $0.calls } }
    var maxInFlight: Int { record.withLock { $0.maxInFlight } }

    func perform(_ request: ActionRequest, on target: String?) async throws(DurableAPIError) -> ActionSuccess {
        record.withLock {
            $0.calls.append((request, target))
            $0.inFlight += 1
            $0.maxInFlight = max($0.maxInFlight, $0.inFlight)
        }
        if delay > .zero {
            try? await Task.sleep(for: delay)
        }
        record.withLock { $0.inFlight -= 1 }
        if Task.isCancelled {
            throw .transport(.cancelled)
        }
        if let target, let failure = failures[target] {
            throw failure
        }
        if case .purge = request {
            return .purged(1)
        }
        return .accepted
    }

    func count(matching filter: PurgeFilter) async throws(DurableAPIError) -> Int {
        matching
    }
}

/// A sleeper that returns at once and counts its calls.
final class CountingSleeper: Sleeper {
    private let count = Mutex(0)

    var sleeps: Int { count.withLock { $0 } }

    func sleep(for duration: Duration) async throws {
        count.withLock { $0 += 1 }
        try Task.checkCancellation()
    }
}

/// A fresh temporary directory path (not created).
func temporaryPath(_ name: String) -> String {
    NSTemporaryDirectory() + "durabletop-actions-\(UUID().uuidString)/" + name
}

/// An executor that, when asked to act on a target, looks in the audit log for that target's `sent` line.
final class LogReadingExecutor: ActionExecutor {
    private let path: String
    private let found = Mutex<[String: Bool]>([:])

    init(path: String) {
        self.path = path
    }

    /// Per target: whether its `sent` line was already in the log when the request arrived.
    var seen: [String: Bool] { found.withLock { $0 } }

    func perform(_ request: ActionRequest, on target: String?) async throws(DurableAPIError) -> ActionSuccess {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let logged = text.contains("\"event\":\"sent\"") && text.contains("\"target\":\"\(target ?? "")\"")
        found.withLock { $0[target ?? ""] = logged }
        return .accepted
    }

    func count(matching filter: PurgeFilter) async throws(DurableAPIError) -> Int {
        0
    }
}
