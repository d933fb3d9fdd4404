import DurableAPI

/// The failure texts the .NET in-process host writes, shared by the simulated programs so that a Failed
/// instance's output and its history's TaskFailed event tell the same story.
enum FailureText {
    /// A Failed orchestration's output: `Orchestrator function 'NAME' failed: CAUSE`.
    static func orchestrator(_ name: String, failed cause: String) -> String {
        "Orchestrator function '\(name)' failed: \(cause)"
    }

    /// The outcome of activity `name` throwing `exceptionType` with `message`: the TaskFailed reason is
    /// `Activity function 'NAME' failed: MESSAGE`, the details the serialized exception (with its stack trace
    /// when given).
    static func activity(
        _ name: String,
        throws exceptionType: String,
        message: String,
        stackTrace: String? = nil
    ) -> ActivityOutcome {
        let exception: JSONValue
        if let stackTrace {
            exception = [
                "$type": .string(exceptionType), "Message": .string(message), "StackTrace": .string(stackTrace),
            ]
        } else {
            exception = ["$type": .string(exceptionType), "Message": .string(message)]
        }
        return .failure(reason: "Activity function '\(name)' failed: \(message)", details: ProgramJSON.text(exception))
    }
}
