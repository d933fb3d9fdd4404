import Foundation

extension SimulatedHost.Configuration {
    /// The engine settings of `hub`: its own instances and seed, this configuration's clock, time scale, arrival
    /// rule and scan budget.
    func engineSettings(for hub: SimulatedHost.TaskHubSpec, manualStart: Date) -> EngineSettings {
        let arrivals = arrivalsPerMinute ?? (hub.instances > 0 ? 6 : 0)
        return EngineSettings(
            seed: hub.seed,
            timeScale: manualClock ? nil : max(timeScale, 0.001),
            manualStart: manualStart,
            prepopulate: max(hub.instances, 0),
            arrivalsPerMinute: max(arrivals, 0),
            waitingWorkflows: waitingWorkflows,
            scanBudget: max(scanBudget, 1)
        )
    }
}
