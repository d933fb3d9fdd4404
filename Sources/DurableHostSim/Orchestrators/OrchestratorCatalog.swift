/// The orchestrator functions the simulated app defines.
enum OrchestratorCatalog {
    /// Every orchestrator name, as the app declares it.
    static let names = [
        "HelloSequence", "FanOutFanIn", "ApprovalWorkflow", "Monitor", "FlakyPipeline", "ParentOrchestration",
        "HttpPoller", "ProcessOrder", disabledName,
    ]

    /// The declared orchestrator whose function is disabled (`AzureWebJobs.LegacyInvoiceSync.Disabled`): the host
    /// accepts new instances of it, but no worker ever runs them, so they stay Pending.
    static let disabledName = "LegacyInvoiceSync"

    /// The declared name matching `name` case-insensitively (function names are case-insensitive), or `nil`.
    static func canonicalName(_ name: String) -> String? {
        let lowered = name.lowercased()
        return names.first { $0.lowercased() == lowered }
    }

    /// A fresh program for the orchestrator called `name` (already canonical), or `nil` when unknown or disabled.
    static func program(named name: String) -> (any OrchestratorProgram)? {
        switch name {
        case "HelloSequence": return HelloSequence()
        case "FanOutFanIn": return FanOutFanIn()
        case "ApprovalWorkflow": return ApprovalWorkflow()
        case "Monitor": return Monitor()
        case "FlakyPipeline": return FlakyPipeline()
        case "ParentOrchestration": return ParentOrchestration()
        case "HttpPoller": return HttpPoller()
        case "ProcessOrder": return ProcessOrder()
        default: return nil
        }
    }
}
