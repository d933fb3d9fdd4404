import DurableAPI
import Foundation

/// What the simulated app does next: start an orchestration (with scripted follow-up management calls) or signal
/// an entity.
enum Arrival: Sendable {
    /// A new orchestration instance.
    case orchestration(OrchestrationArrival)
    /// An entity operation.
    case entityOperation(entity: String, key: String, operation: String, input: String?)
}

/// A new orchestration instance and what will happen to it later.
struct OrchestrationArrival: Sendable {
    /// Orchestrator name.
    var name: String
    /// Instance ID.
    var instanceId: String
    /// Input (raw JSON text).
    var input: String?
    /// Seconds the instance stays Pending.
    var startDelay: Double
    /// External inputs to deliver later (seconds after creation).
    var followUps: [(delay: Double, input: ExternalInput)]
}

/// Produces a believable stream of work for the simulated hub: a mix of orchestrators, readable and GUID
/// instance IDs, approvals that get approved (or time out), occasional terminations, suspensions that are
/// resumed within the hour, and entity operations.
struct TrafficGenerator: Sendable {
    private var random: SeededRandom
    private var sequence = 0
    private let waitingWorkflows: Bool

    /// The orchestrators that wait a long time: for a person, or on a schedule.
    static let waitingOrchestrators: Set<String> = ["ApprovalWorkflow", "Monitor"]

    /// Creates a generator with its own random stream derived from `seed`; without `waitingWorkflows`, the arrivals
    /// that would start a ``waitingOrchestrators`` member start a `HelloSequence` instead.
    init(seed: UInt64, waitingWorkflows: Bool = true) {
        self.random = SeededRandom(seed: seed, salt: 0x7472_6166_6669_63)
        self.waitingWorkflows = waitingWorkflows
    }

    /// Exponentially distributed gap (seconds) for a mean of `mean` seconds.
    mutating func gap(mean: Double) -> Double {
        let uniform = random.double(in: 0.000_001...1)
        return -log(uniform) * mean
    }

    /// The gap (seconds) to the first of `count` arrivals placed uniformly at random in the next `span` seconds,
    /// so that a day filled arrival by arrival ends without a pile of arrivals at its last instant.
    mutating func gap(toFirstOf count: Int, within span: Double) -> Double {
        span * (1 - pow(random.double(in: 0...1), 1 / Double(max(count, 1))))
    }

    /// The next thing the app does at `time`.
    mutating func next(at time: Date) -> Arrival {
        sequence += 1
        let roll = random.double(in: 0...1)
        if roll < 0.02 {
            return entityOperation()
        }
        var name = pickName(roll)
        if !waitingWorkflows && Self.waitingOrchestrators.contains(name) {
            name = "HelloSequence"
        }
        var arrival = OrchestrationArrival(
            name: name,
            instanceId: instanceId(for: name, at: time),
            input: input(for: name),
            startDelay: random.double(in: 0.2...3.0),
            followUps: []
        )
        if name == "ApprovalWorkflow", random.chance(0.6) {
            let payload = ProgramJSON.text([
                "approved": .bool(random.chance(0.85)),
                "approver": .string(["alice", "bob", "carol", "dmitri"][random.int(in: 0...3)] + "@contoso.com"),
            ])
            arrival.followUps.append(
                (random.double(in: 30...7200), .raiseEvent(name: ApprovalWorkflow.eventName, input: payload))
            )
        }
        if random.chance(0.02) {
            let reason = ["Cancelled by operator", "Superseded by a newer run", "{\"ticket\":\"INC-4711\"}"][
                random.int(in: 0...2)
            ]
            arrival.followUps.append((random.double(in: 2...600), .terminate(reason: reason)))
        } else if random.chance(0.01) {
            let suspendAt = random.double(in: 1...300)
            arrival.followUps.append((suspendAt, .suspend(reason: "Paused for maintenance")))
            arrival.followUps.append((suspendAt + random.double(in: 60...3600), .resume(reason: "Maintenance over")))
        }
        return .orchestration(arrival)
    }

    private mutating func pickName(_ roll: Double) -> String {
        switch roll {
        case ..<0.35: return "HelloSequence"
        case ..<0.50: return "FanOutFanIn"
        case ..<0.66: return "ApprovalWorkflow"
        case ..<0.70: return "Monitor"
        case ..<0.715: return "FlakyPipeline"
        case ..<0.79: return "ParentOrchestration"
        case ..<0.89: return "HttpPoller"
        default: return "ProcessOrder"
        }
    }

    private mutating func instanceId(for name: String, at time: Date) -> String {
        guard random.chance(0.35) else {
            return random.guidN()
        }
        let day = String(DurableDate.format(time, style: .wholeSeconds).prefix(10)).replacingOccurrences(
            of: "-",
            with: ""
        )
        let number = String(sequence)
        switch name {
        case "ApprovalWorkflow": return "approval-\(day)-\(number)"
        case "Monitor": return "monitor-\(["westeurope", "eastus", "japaneast"][random.int(in: 0...2)])-\(number)"
        case "FanOutFanIn": return "batch-\(day)-\(number)"
        case "HttpPoller": return "http-job-\(number)"
        default: return "order-\(day)-\(number)"
        }
    }

    private mutating func input(for name: String) -> String? {
        switch name {
        case "HelloSequence":
            return random.chance(0.5) ? nil : ProgramJSON.text(["Paris", "Oslo", "Lima"])
        case "ApprovalWorkflow":
            let amount = JSONNumber(Double(random.int(in: 1000...500_000)) / 100)
            return ProgramJSON.text([
                "orderId": .string("ORD-\(random.int(in: 1000...9999))"),
                "amount": .number(amount),
                "timeoutSeconds": .number(JSONNumber(random.int(in: 7200...28800))),
            ])
        case "Monitor":
            return ProgramJSON.text(["generation": 0, "maxGenerations": 6, "intervalSeconds": 600])
        case "FanOutFanIn":
            return nil
        case "ProcessOrder":
            let currency = ["EUR", "EUR", "USD", "GBP"][random.int(in: 0...3)]
            return SampleOrders.input(orderId: SampleOrders.orderId(&random), currency: currency, &random)
        default:
            return random.chance(0.3) ? nil : ProgramJSON.text(["requestedBy": "scheduler"])
        }
    }

    private mutating func entityOperation() -> Arrival {
        if random.chance(0.7) {
            let key = ["cats", "dogs", "visits", "orders", "errors", "logins"][random.int(in: 0...5)]
            let operation = random.chance(0.9) ? "add" : "reset"
            let input = operation == "add" ? String(random.int(in: 1...10)) : nil
            return .entityOperation(entity: "counter", key: key, operation: operation, input: input)
        }
        let key = "user-\(random.int(in: 1...40))"
        let items = ["apple", "pear", "coffee", "bread", "milk"]
        let operation = random.chance(0.8) ? "add" : "remove"
        return .entityOperation(
            entity: "cart",
            key: key,
            operation: operation,
            input: ProgramJSON.text(items[random.int(in: 0...4)])
        )
    }
}
