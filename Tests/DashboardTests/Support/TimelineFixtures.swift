import DurableAPI
import Foundation

/// Histories for the Timeline tests, on the clock of ``fixedNow`` (2026-03-10 12:00:00Z).
enum TimelineFixtures {
    /// `2026-03-10T11:56:` plus seconds, as the host writes timestamps.
    static func at(_ seconds: Double) -> String {
        let whole = Int(seconds)
        let milliseconds = Int(((seconds - Double(whole)) * 1_000).rounded())
        let minute = 56 + whole / 60
        let second = whole % 60
        return String(format: "2026-03-10T11:%02d:%02d.%03dZ", minute, second, milliseconds)
    }

    /// The moment ``at(_:)`` names.
    static func date(_ seconds: Double) -> Date {
        fixedNow.addingTimeInterval(-240 + seconds)
    }

    /// `TaskCompleted` (or `TaskFailed`) of an activity scheduled and ended at the given seconds.
    static func activity(
        _ name: String,
        _ scheduled: Double,
        _ ended: Double,
        failed: Bool = false
    ) throws
        -> HistoryEvent
    {
        let type = failed ? "TaskFailed" : "TaskCompleted"
        let reason = failed ? #","Reason":"Card declined""# : ""
        return try event(
            #"{"EventType":"\#(type)"\#(reason),"Timestamp":"\#(at(ended))","ScheduledTime":"\#(at(scheduled))","FunctionName":"\#(name)"}"#
        )
    }

    /// The instance `a`: created at 11:56:00, updated 10 s before ``fixedNow``, still running.
    static func instance(history: [HistoryEvent]) -> OrchestrationStatus {
        DashboardTests.instance("a", ageSeconds: 240, updatedSeconds: 10, history: history)
    }

    /// A sequence with a timer, a fan-out of three charges (one failed), an external event, a finished and a
    /// running child, and a pending activity.
    static func history() throws -> [HistoryEvent] {
        [
            try event(#"{"EventType":"ExecutionStarted","Timestamp":"\#(at(0))","FunctionName":"ProcessOrder"}"#),
            try activity("Validate", 0.1, 1.6),
            try event(#"{"EventType":"TimerCreated","FireAt":"\#(at(31.7))","Timestamp":"\#(at(1.7))"}"#),
            try event(#"{"EventType":"TimerFired","FireAt":"\#(at(31.7))","Timestamp":"\#(at(31.75))"}"#),
            try activity("ChargeCard", 32.2, 40),
            try activity("ChargeCard", 32, 45),
            try activity("ChargeCard", 32.4, 50, failed: true),
            try event(#"{"EventType":"EventRaised","Name":"Approval","Timestamp":"\#(at(60))"}"#),
            try event(
                #"{"EventType":"SubOrchestrationInstanceCompleted","Timestamp":"\#(at(150))","ScheduledTime":"\#(at(61))","FunctionName":"ShipOrder"}"#
            ),
            try event(
                #"{"EventType":"SubOrchestrationInstanceCreated","Name":"ShipOrder","InstanceId":"a:9","Timestamp":"\#(at(151))"}"#
            ),
            try event(#"{"EventType":"TaskScheduled","Name":"NotifyCustomerAboutShipment","Timestamp":"\#(at(180))"}"#),
        ]
    }

    /// `TimerCreated` or `TimerFired` at `seconds`, due at `fireAt`.
    static func timer(_ type: String, _ seconds: Double, fireAt: Double) throws -> HistoryEvent {
        try event(#"{"EventType":"\#(type)","FireAt":"\#(at(fireAt))","Timestamp":"\#(at(seconds))"}"#)
    }

    /// 10,000 events: the start, a fan-out of 3,000 `Work` activities scheduled at once, 3,000 timers created
    /// together and fired, and 999 `Aggregate` activities scheduled at once.
    static func fanOut() throws -> [HistoryEvent] {
        var history = [try event(#"{"EventType":"ExecutionStarted","Timestamp":"\#(at(0))","FunctionName":"Fan"}"#)]
        for index in 0..<3_000 {
            history.append(try activity("Work", 1, 2 + Double(index % 50)))
        }
        for index in 0..<3_000 {
            history.append(try timer("TimerCreated", 60, fireAt: 90 + Double(index % 7)))
        }
        for index in 0..<3_000 {
            history.append(try timer("TimerFired", 100, fireAt: 90 + Double(index % 7)))
        }
        for _ in 0..<999 {
            history.append(try activity("Aggregate", 110, 111))
        }
        return history
    }
}
