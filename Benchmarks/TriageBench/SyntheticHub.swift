import DurableAPI
import Foundation

/// A reproducible task hub of synthetic instances with a realistic mix of statuses, names and failure texts.
struct SyntheticHub {
    /// The orchestrator names.
    static let names = [
        "ProcessOrder", "ShipOrder", "RefundPayment", "SyncInventory", "SendInvoice", "ImportCatalog",
        "ApproveExpense", "RotateKeys",
    ]

    /// Failure texts; `{g}` becomes a GUID, `{n}` a number, `{h}` a hex id.
    static let templates = [
        "Orchestrator function '{o}' failed: The activity function 'ChargeCard' failed: \"Card {n} declined\". See the function execution logs for additional details.",
        "Orchestrator function '{o}' failed: The activity function 'ReserveStock' failed: \"Object reference not set to an instance of an object.\". See the function execution logs for additional details.",
        "System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).\n   at Contoso.Http.Client.SendAsync() in /src/Client.cs:line {n}",
        "System.TimeoutException: The operation has timed out after {n} ms.\n   at Contoso.Billing.Gateway.SendAsync(PaymentRequest request) in /home/site/src/Billing/Gateway.cs:line 42",
        "Timeout value of 00:10:00 exceeded by function 'ExportBatch' (Id: '{g}'). Initiating cancellation.",
        "One or more errors occurred. (Task 'SayHello' (#{n}) failed with an unhandled exception: Exception of type 'DurableTask.Core.Exceptions.TaskFailedException' was thrown.)",
        "The activity function 'FetchInvoice' failed: Unable to reach https://billing.contoso.com/api/v2/invoices/{n}/lines?page={n}. Retry later.",
        "Blob https://stcontoso.blob.core.windows.net/uploads/{g}/report-{n}.pdf was not found.",
        "Lease for instance {h} was lost; owner changed to 0x{h} after {n}ms",
        "Order ord-{n}-{n} exceeds the limit of {n}.50 EUR for customer C{n}",
        "Traceback (most recent call last):\n  File \"/home/site/wwwroot/function_app.py\", line {n}, in main\n    return total / count\nZeroDivisionError: division by zero",
        "TypeError: Cannot read properties of undefined (reading 'customerId')\n    at Object.handler (/home/site/wwwroot/dist/chargeCard.js:{n}:29)",
        "Microsoft.Azure.WebJobs.Extensions.DurableTask.FunctionFailedException: The activity function 'CallPartner' failed: \"Response status code does not indicate success: 429 (Too Many Requests).\"",
        "System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()",
        "Non-Deterministic workflow detected: TaskScheduledEvent: {n} TaskScheduled SendEmail",
        "SqlException (0x80131904): Transaction (Process ID {n}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim.",
        "The entity '@counter@{g}' operation 'add' failed: value {n} is out of range",
        "Azure.RequestFailedException: The specified container does not exist.\nRequestId:{g}\nTime:2024-05-01T10:02:{n}.0800000Z\nStatus: 404 (The specified container does not exist.)",
        "Unable to deserialize input of type 'ExpenseReport': unexpected token at position {n}",
        "KeyVault secret 'partner-api-key' version {h} is disabled",
        "The orchestrator 'Approval' timed out waiting for event \u{201C}ManagerApproval\u{201D} after {n} attempts",
        "Access to the path '/tmp/{g}.csv' is denied.",
        "Cosmos DB request rate is large (429); retry after {n} ms; ActivityId: {g}",
        "ValueError: Tokyo is not allowed for shipment {n}",
        "Terminated by the host: memory limit of {n} MB exceeded",
    ]

    /// The window the instances were created in: the 24 hours before `now`.
    let window: DateInterval
    /// The time of analysis.
    let now: Date
    /// The random source.
    private var random: Xorshift

    /// A hub whose instances are created over the 24 hours before `now`.
    init(now: Date, seed: UInt64) {
        self.now = now
        window = DateInterval(start: now.addingTimeInterval(-86_400), end: now)
        random = Xorshift(seed: seed)
    }

    /// `count` instances: about 70% Completed, 15% Failed, then Running, Pending, Suspended, ContinuedAsNew and
    /// Terminated.
    mutating func instances(_ count: Int) -> [OrchestrationStatus] {
        (0..<count).map { instance(id: "inst-\($0)") }
    }

    /// One instance with a random status, name, age and (when Failed) failure text. Finished instances ran up to
    /// 30 minutes; Running and ContinuedAsNew ones were updated in the last 10 minutes, except 3% stuck since they
    /// started; Pending ones were created in the last 4 minutes, except 5% never picked up.
    mutating func instance(id: String) -> OrchestrationStatus {
        let name = Self.names[random.below(Self.names.count)]
        let status = randomStatus()
        var created = window.start.addingTimeInterval(Double(random.below(86_400)))
        var updated = min(now, created.addingTimeInterval(Double(random.below(1_800))))
        switch status {
        case .running, .continuedAsNew:
            if random.below(100) >= 3 {
                updated = max(created, now.addingTimeInterval(-Double(random.below(600))))
            }
        case .pending:
            if random.below(100) >= 5 {
                created = now.addingTimeInterval(-Double(random.below(240)))
            }
            updated = created
        default:
            break
        }
        let output: JSONValue = status == .failed ? .string(failureText(orchestrator: name)) : .null
        return OrchestrationStatus(
            name: name,
            instanceId: id,
            runtimeStatus: status,
            output: output,
            createdTime: created,
            lastUpdatedTime: updated
        )
    }

    /// About 70% Completed, 15% Failed, 7% Running, 3% Pending, 2% Suspended, 2% ContinuedAsNew, 1% Terminated.
    private mutating func randomStatus() -> RuntimeStatus {
        switch random.below(1_000) {
        case ..<700: .completed
        case ..<850: .failed
        case ..<920: .running
        case ..<950: .pending
        case ..<970: .suspended
        case ..<990: .continuedAsNew
        default: .terminated
        }
    }

    /// A failure text from a random template with fresh variable parts.
    private mutating func failureText(orchestrator: String) -> String {
        let template = Self.templates[random.below(Self.templates.count)]
        var text = ""
        var pending = Substring(template)
        while let open = pending.firstIndex(of: "{") {
            text += pending[..<open]
            let placeholder = pending[open...].prefix(3)
            switch placeholder {
            case "{g}": text += random.uuid().uuidString.lowercased()
            case "{h}": text += String(random.next(), radix: 16)
            case "{o}": text += orchestrator
            default: text += String(random.below(100_000))
            }
            pending = pending[open...].dropFirst(3)
        }
        return text + pending
    }
}
