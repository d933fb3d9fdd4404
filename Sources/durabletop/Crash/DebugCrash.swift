import Dashboard
import DurableAPI
import Foundation
import HubKit

/// A crash on purpose, for checking what the terminal shows and what the crash file and audit log keep.
///
/// Debug builds only: with `DURABLETOP_DEBUG_CRASH=after-send`, the first request an operator action sends reaches
/// the host, and the program then traps before the answer is recorded. Release builds never crash on purpose.
enum DebugCrash {
    /// `executor`, or in a debug build with the switch set, an executor that crashes after its first request.
    static func wrap(_ executor: any ActionExecutor) -> any ActionExecutor {
        #if DEBUG
        if ProcessInfo.processInfo.environment["DURABLETOP_DEBUG_CRASH"] == "after-send" {
            return CrashingExecutor(base: executor)
        }
        #endif
        return executor
    }
}

#if DEBUG
/// Sends the request through `base`, then traps.
private struct CrashingExecutor: ActionExecutor {
    let base: any ActionExecutor

    func perform(_ request: ActionRequest, on target: String?) async throws(DurableAPIError) -> ActionSuccess {
        _ = try? await base.perform(request, on: target)
        fatalError("DURABLETOP_DEBUG_CRASH=after-send: crashing on purpose after a request was sent")
    }

    func count(matching filter: PurgeFilter) async throws(DurableAPIError) -> Int {
        try await base.count(matching: filter)
    }
}
#endif
