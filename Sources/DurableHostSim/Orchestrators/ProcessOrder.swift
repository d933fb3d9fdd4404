import DurableAPI
import Foundation

/// `ProcessOrder`: reserves stock, charges the card and books the shipment (`ReserveInventory`, `ChargeCard`,
/// `ShipOrder`), then returns the tracking number.
///
/// It fails the way a shop's order flow does: about one card in twelve is declined, about one order in fifty hits
/// a `NullReferenceException` in the billing code, `ChargeCard` times out while the payment gateway is down (see
/// `Incidents`), an unsupported currency is refused, and an order without an `orderId` is rejected at once.
/// A rewind charges the card again, successfully; an orchestrator that threw throws again.
///
/// Input: `{"orderId": "ORD-48213", "amount": 129.95, "currency": "EUR", "card": "4242"}`.
struct ProcessOrder: OrchestratorProgram {
    /// The chance that the card is declined.
    static let declineChance = 1.0 / 12.0
    /// The chance that the billing code throws a `NullReferenceException`.
    static let nullReferenceChance = 1.0 / 50.0
    /// The currencies the payment gateway takes.
    static let currencies: Set = ["EUR", "USD", "GBP"]
    /// Seconds `ChargeCard` waits for a gateway that does not answer.
    static let gatewayTimeout = 30.0

    private enum Phase: Sendable {
        /// Waiting for `ReserveInventory`.
        case reserving
        /// Waiting for `ChargeCard`.
        case charging
        /// Waiting for `ShipOrder`.
        case shipping
    }

    private var phase = Phase.reserving
    private var orderId = ""
    /// What the orchestrator code itself threw, when it did.
    private var thrown: String?

    mutating func handle(_ event: ProgramEvent, context: inout OrchestrationContext) {
        switch event {
        case .started:
            guard let id = context.input?["orderId"]?.stringValue else {
                throwFromOrchestrator(
                    "Value cannot be null. (Parameter 'orderId')\n" + ProcessOrder.frame("RunOrchestrator", line: 24),
                    &context
                )
                return
            }
            orderId = id
            context.customStatus = ProgramJSON.text(["stage": "reserving", "orderId": .string(id)])
            context.callActivity(
                "ReserveInventory",
                input: ProgramJSON.text(.string(id)),
                duration: context.random.double(in: 0.3...1.5),
                outcome: .success(result: ProgramJSON.text(["reservationId": .string("res-" + context.random.hex(8))]))
            )
        case .activityCompleted(_, let result):
            advance(after: result, &context)
        case .activityFailed(_, let reason):
            context.customStatus = ProgramJSON.text(["stage": "payment-failed", "orderId": .string(orderId)])
            context.fail(message: FailureText.orchestrator("ProcessOrder", failed: reason))
        case .rewound:
            if let thrown {
                throwFromOrchestrator(thrown, &context)
            } else {
                context.customStatus = ProgramJSON.text(["stage": "charging", "orderId": .string(orderId)])
                let charged = ProgramJSON.text(["chargeId": .string("ch_" + context.random.hex(16))])
                context.callActivity(
                    "ChargeCard",
                    input: context.input.map(ProgramJSON.text),
                    duration: context.random.double(in: 0.5...2.5),
                    outcome: .success(result: charged)
                )
            }
        default:
            break
        }
    }

    /// Moves to the next step once the current activity returned `result`.
    private mutating func advance(after result: String?, _ context: inout OrchestrationContext) {
        switch phase {
        case .reserving:
            guard !context.random.chance(ProcessOrder.nullReferenceChance) else {
                throwFromOrchestrator(
                    "Object reference not set to an instance of an object.\n"
                        + "   at Contoso.Orders.Billing.Charge(Order order) in /src/Billing.cs:line 42\n"
                        + ProcessOrder.frame("RunOrchestrator", line: 57),
                    &context
                )
                return
            }
            phase = .charging
            context.customStatus = ProgramJSON.text(["stage": "charging", "orderId": .string(orderId)])
            let (outcome, duration) = chargeOutcome(&context)
            context.callActivity(
                "ChargeCard",
                input: context.input.map(ProgramJSON.text),
                duration: duration,
                outcome: outcome
            )
        case .charging:
            phase = .shipping
            context.customStatus = ProgramJSON.text(["stage": "shipping", "orderId": .string(orderId)])
            context.callActivity(
                "ShipOrder",
                input: result,
                duration: context.random.double(in: 0.5...3.0),
                outcome: .success(result: ProgramJSON.text(["trackingNumber": .string("1Z" + context.random.hex(12))]))
            )
        case .shipping:
            context.customStatus = ProgramJSON.text(["stage": "shipped", "orderId": .string(orderId)])
            context.complete(output: result)
        }
    }

    /// What `ChargeCard` will do for this order at the context's time, and how long it takes.
    private func chargeOutcome(_ context: inout OrchestrationContext) -> (ActivityOutcome, Double) {
        let amount = String(format: "%.2f", context.input?["amount"]?.doubleValue ?? 0)
        let currency = context.input?["currency"]?.stringValue ?? "EUR"
        let card = context.input?["card"]?.stringValue ?? "0000"
        let duration = context.random.double(in: 0.5...2.5)
        if !ProcessOrder.currencies.contains(currency) {
            let message = "Currency '\(currency)' is not supported by the payment gateway."
            return (FailureText.activity("ChargeCard", throws: "System.ArgumentException", message: message), duration)
        }
        if context.incidents.paymentGatewayDown(at: context.now) {
            let message =
                "The request was canceled due to the configured HttpClient.Timeout of 30 seconds elapsing: POST "
                + "https://payments.contoso.example/v2/charges?order=\(orderId)&attempt=1 (request \(context.random.guid()))."
            let outcome = FailureText.activity(
                "ChargeCard",
                throws: "System.Threading.Tasks.TaskCanceledException",
                message: message
            )
            return (outcome, ProcessOrder.gatewayTimeout)
        }
        if context.random.chance(ProcessOrder.declineChance) {
            let message =
                "Card ending \(card) was declined for order \(orderId): insufficient funds (amount \(amount), "
                + "request \(context.random.guid()))."
            let outcome = FailureText.activity(
                "ChargeCard",
                throws: "Contoso.Payments.CardDeclinedException",
                message: message
            )
            return (outcome, duration)
        }
        return (.success(result: ProgramJSON.text(["chargeId": .string("ch_" + context.random.hex(16))])), duration)
    }

    /// Fails the orchestration with an exception its own code threw (`cause`: message and stack trace).
    private mutating func throwFromOrchestrator(_ cause: String, _ context: inout OrchestrationContext) {
        thrown = cause
        context.fail(message: FailureText.orchestrator("ProcessOrder", failed: cause))
    }

    /// One stack frame of the orchestrator function, as a .NET stack trace prints it.
    private static func frame(_ method: String, line: Int) -> String {
        "   at Contoso.Orders.ProcessOrder.\(method)(IDurableOrchestrationContext context) in /src/ProcessOrder.cs:line \(line)"
    }
}
