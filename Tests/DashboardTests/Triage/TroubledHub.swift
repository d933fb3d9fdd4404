import DurableAPI
import Foundation

/// A hub with every kind of trouble the triage views find, around ``fixedNow``.
enum TroubledHub {
    /// Six ProcessOrder failures of one card decline within the last 6 minutes (a burst), two ShipOrder timeouts
    /// hours apart, one one-off; a Pending instance no worker took, a HelloSequence stalled far beyond its
    /// usual 10 s, a long-suspended approval, and healthy rows around them.
    static let instances: [OrchestrationStatus] = {
        var rows: [OrchestrationStatus] = []
        for number in 1...6 {
            let text =
                "Orchestrator function 'ProcessOrder' failed: The activity function 'ChargeCard' failed: "
                + "\"Card 4242 declined for order \(1000 + number)\". See the function execution logs for details."
            rows.append(
                instance(
                    "order-\(number)",
                    status: .failed,
                    ageSeconds: Double(400 + number * 10),
                    updatedSeconds: Double(number * 60),
                    output: .string(text)
                )
            )
        }
        for (number, hours) in [(1, 5.0), (2, 2.0)] {
            let text =
                "Orchestrator function 'ShipOrder' failed: Timeout of 300000 ms exceeded calling "
                + "https://carrier.example.com/api/v2/shipments/88\(number)4?requestId=5d0f6c1e-9b2a-4f3c-8e7d-6b5a4c3b2a1\(number)"
            rows.append(
                instance(
                    "ship-\(number)",
                    name: "ShipOrder",
                    status: .failed,
                    ageSeconds: hours * 3600 + 60,
                    updatedSeconds: hours * 3600,
                    output: .string(text)
                )
            )
        }
        rows.append(
            instance(
                "audit-1",
                name: "AuditTrail",
                status: .failed,
                ageSeconds: 7200,
                updatedSeconds: 7000,
                output: .string("Orchestrator function 'AuditTrail' failed: disk full")
            )
        )
        rows.append(
            instance("legacy-1", name: "LegacyInvoiceSync", status: .pending, ageSeconds: 7500, updatedSeconds: 7500)
        )
        for number in 1...20 {
            let age = Double(number * 600)
            rows.append(
                instance(
                    "hello-\(number)",
                    name: "HelloSequence",
                    status: .completed,
                    ageSeconds: age,
                    updatedSeconds: age - 10
                )
            )
        }
        rows.append(
            instance("hello-stuck", name: "HelloSequence", status: .running, ageSeconds: 10_900, updatedSeconds: 10_800)
        )
        rows.append(
            instance(
                "approval-1",
                name: "ApprovalWorkflow",
                status: .suspended,
                ageSeconds: 20_000,
                updatedSeconds: 18_000
            )
        )
        rows.append(
            instance("approval-2", name: "ApprovalWorkflow", status: .running, ageSeconds: 120, updatedSeconds: 60)
        )
        return rows
    }()
}
