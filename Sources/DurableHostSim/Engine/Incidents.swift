import Foundation

/// Outages the simulated hub lives through, fixed when it is populated. They make otherwise healthy work fail or
/// hang, the way a real task hub's troubles come from the world around it rather than from its code.
struct Incidents: Sendable {
    /// The activity whose completions a crashed worker loses.
    static let lostActivity = "SayHello"

    /// No incidents: every dependency answers and every worker stays up.
    static let none = Incidents()

    /// While the payment gateway does not answer, `ProcessOrder`'s `ChargeCard` calls time out.
    var paymentGatewayOutage: DateInterval?
    /// While a worker is down, the completions of the `lostActivity` calls it was running (due in this span) never
    /// come back, leaving their instances Running.
    var workerCrash: DateInterval?

    /// Whether the payment gateway is down at `time`.
    func paymentGatewayDown(at time: Date) -> Bool {
        paymentGatewayOutage?.contains(time) ?? false
    }

    /// Whether the completion of a call to `activity` due at `time` is lost with a crashed worker.
    func losesCompletion(of activity: String, dueAt time: Date) -> Bool {
        activity == Incidents.lostActivity && (workerCrash?.contains(time) ?? false)
    }
}
