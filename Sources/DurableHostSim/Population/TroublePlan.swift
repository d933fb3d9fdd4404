import DurableAPI
import Foundation

/// The troubles a pre-populated hub has lived through by the time it goes live at `end`, so that every triage
/// view has something to show:
///
/// - a payment gateway outage from five minutes before `end` to ten minutes after it, with a batch of eight
///   orders that ran into it (a burst of `ChargeCard` timeouts; live orders keep failing until it is over);
/// - four `LegacyInvoiceSync` instances created 35 minutes to three hours before `end`, still Pending because the
///   function is disabled;
/// - a worker crash a little over three hours before `end` that lost the `SayHello` calls of three
///   `HelloSequence` instances, which stay Running;
/// - three approvals suspended for a fraud review two to six hours before `end`, never resumed;
/// - two orders failing in ways nothing else fails: an unsupported currency and a missing order id.
///
/// Everything else (declined cards, timeouts, 503s, null references) comes from the programs' own odds.
struct TroublePlan: Sendable {
    /// One planned arrival.
    struct Entry: Sendable {
        /// When the instance is created.
        var time: Date
        /// The instance.
        var arrival: OrchestrationArrival
    }

    /// Smallest population that gets the troubles (smaller hubs stay as the traffic makes them).
    static let minimumPopulation = 1000
    /// Orders caught by the payment gateway outage before the hub goes live.
    static let burstSize = 8
    /// Hours before going live the stuck `LegacyInvoiceSync` instances were created.
    static let pendingAges: [Double] = [0.6, 1.2, 1.85, 2.85]
    /// Instances stalled by the worker crash.
    static let stalledCount = 3
    /// Hours before going live the worker crashed.
    static let crashAge = 3.2
    /// Hours before going live the approvals were suspended.
    static let suspensionAges: [Double] = [2.25, 3.75, 5.5]

    /// The planned arrivals, in time order.
    private(set) var entries: [Entry] = []
    /// The incidents the hub lives through.
    let incidents: Incidents
    private var random: SeededRandom

    /// The plan for a hub going live at `end`, its choices drawn from `seed`.
    init(end: Date, seed: UInt64) {
        random = SeededRandom(seed: seed, salt: 0x7472_6f75_626c_65)
        let crash = end.addingTimeInterval(-TroublePlan.crashAge * 3600)
        incidents = Incidents(
            paymentGatewayOutage: DateInterval(start: end.addingTimeInterval(-300), duration: 900),
            workerCrash: DateInterval(start: crash, duration: 15)
        )
        planOneOffs(end)
        planSuspensions(end)
        planCrashVictims(crash)
        planStuckInvoiceSyncs(end)
        planBurst(end)
        entries.sort { $0.time < $1.time }
    }

    private mutating func planOneOffs(_ end: Date) {
        let unsupported = SampleOrders.input(orderId: SampleOrders.orderId(&random), currency: "XBT", &random)
        add(at: end.addingTimeInterval(-7 * 3600), "ProcessOrder", input: unsupported)
        add(
            at: end.addingTimeInterval(-13 * 3600),
            "ProcessOrder",
            input: ProgramJSON.text(["amount": 49.9, "currency": "EUR"])
        )
    }

    private mutating func planSuspensions(_ end: Date) {
        for age in TroublePlan.suspensionAges {
            let waited = random.double(in: 300...900)
            let order = SampleOrders.orderId(&random)
            let input = ProgramJSON.text([
                "orderId": .string(order),
                "amount": .number(JSONNumber(Double(random.int(in: 100_000...900_000)) / 100)),
                "timeoutSeconds": 28_800,
            ])
            let reason = "Paused for a fraud review of \(order) (INC-\(random.int(in: 4000...4999)))"
            add(
                at: end.addingTimeInterval(-age * 3600 - waited),
                "ApprovalWorkflow",
                input: input,
                followUps: [(waited, .suspend(reason: reason))]
            )
        }
    }

    private mutating func planCrashVictims(_ crash: Date) {
        for index in 0..<TroublePlan.stalledCount {
            add(at: crash.addingTimeInterval(Double(1 + 2 * index)), "HelloSequence", input: nil)
        }
    }

    private mutating func planStuckInvoiceSyncs(_ end: Date) {
        for age in TroublePlan.pendingAges {
            let input = ProgramJSON.text(["batchId": .string("INV-\(random.int(in: 100_000...999_999))")])
            add(at: end.addingTimeInterval(-age * 3600), OrchestratorCatalog.disabledName, input: input)
        }
    }

    private mutating func planBurst(_ end: Date) {
        for index in 0..<TroublePlan.burstSize {
            let offset = -290 + Double(index) * 28 + random.double(in: 0...5)
            let input = SampleOrders.input(orderId: SampleOrders.orderId(&random), currency: "EUR", &random)
            add(at: end.addingTimeInterval(offset), "ProcessOrder", input: input)
        }
    }

    /// Plans a new instance of `name` at `time`, started half a second later, with a GUID instance ID.
    private mutating func add(
        at time: Date,
        _ name: String,
        input: String?,
        followUps: [(delay: Double, input: ExternalInput)] = []
    ) {
        let arrival = OrchestrationArrival(
            name: name,
            instanceId: random.guidN(),
            input: input,
            startDelay: 0.5,
            followUps: followUps
        )
        entries.append(Entry(time: time, arrival: arrival))
    }
}
