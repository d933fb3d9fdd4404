import Foundation

/// The task hubs a host serves: the default hub and the additional ones, each with its own engine, looked up by
/// name case-insensitively.
struct TaskHubs: Sendable {
    /// The hub a request resolves to.
    enum Resolution: Sendable {
        /// A hub this host serves: its configured name and its engine.
        case served(name: String, engine: SimEngine)
        /// A hub this host does not serve, named as the request named it.
        case unknown(String)
    }

    /// The default hub's engine.
    let defaultEngine: SimEngine
    /// Every engine, the default hub's first.
    let engines: [SimEngine]
    private let defaultName: String
    private let byName: [String: (name: String, engine: SimEngine)]

    /// Creates one engine per hub of `configuration`, all on the same clock start, time scale, arrival rule and
    /// scan budget; hubs with an empty or repeated name are left out.
    init(configuration: SimulatedHost.Configuration) {
        let start = Date()
        let defaultHub = SimulatedHost.TaskHubSpec(
            name: configuration.taskHub,
            instances: configuration.instances,
            seed: configuration.seed
        )
        let defaultEngine = SimEngine(settings: configuration.engineSettings(for: defaultHub, manualStart: start))
        var byName = [configuration.taskHub.lowercased(): (name: configuration.taskHub, engine: defaultEngine)]
        var engines = [defaultEngine]
        for hub in configuration.additionalTaskHubs where !hub.name.isEmpty && byName[hub.name.lowercased()] == nil {
            let engine = SimEngine(settings: configuration.engineSettings(for: hub, manualStart: start))
            byName[hub.name.lowercased()] = (name: hub.name, engine: engine)
            engines.append(engine)
        }
        self.defaultEngine = defaultEngine
        self.engines = engines
        self.defaultName = configuration.taskHub
        self.byName = byName
    }

    /// The hub a request's `taskHub` value names: `nil`, empty or whitespace is the default hub, any other value
    /// is matched case-insensitively.
    func resolve(_ requested: String?) -> Resolution {
        guard let requested, !requested.trimmingCharacters(in: .whitespaces).isEmpty else {
            return .served(name: defaultName, engine: defaultEngine)
        }
        guard let hub = byName[requested.lowercased()] else {
            return .unknown(requested)
        }
        return .served(name: hub.name, engine: hub.engine)
    }
}
