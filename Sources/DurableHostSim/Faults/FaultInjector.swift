/// The fault decided for one request.
struct FaultDecision: Sendable, Equatable {
    /// Extra delay before answering, in milliseconds.
    var latencyMilliseconds = 0
    /// The failure to inject instead of (or on top of) the normal answer, if any.
    var failure: FaultRule?
}

/// Holds the active fault rules (off by default) and decides, request by request, which one fires.
actor FaultInjector {
    private(set) var rules: [FaultRule] = []
    private var random: SeededRandom

    /// Creates an injector with no rules and its own random stream.
    init(seed: UInt64) {
        self.random = SeededRandom(seed: seed, salt: 0x6661_756C_74)
    }

    /// Replaces the active rules.
    func setRules(_ newRules: [FaultRule]) {
        rules = newRules
    }

    /// Decides the faults for the next request, made to `hub`: only the rules for every hub or for that one apply;
    /// applying rules with `nextRequests` count down and retire at zero.
    func decide(taskHub hub: TaskHubs.Resolution) -> FaultDecision {
        var decision = FaultDecision()
        var kept: [FaultRule] = []
        for var rule in rules {
            guard rule.applies(to: hub) else {
                kept.append(rule)
                continue
            }
            let fires: Bool
            if let remaining = rule.nextRequests {
                fires = remaining > 0
                rule.nextRequests = remaining - 1
                if remaining - 1 > 0 {
                    kept.append(rule)
                }
            } else {
                fires = random.chance(rule.probability)
                kept.append(rule)
            }
            guard fires else {
                continue
            }
            if rule.kind == .latency {
                decision.latencyMilliseconds += rule.latencyMilliseconds
            } else if decision.failure == nil {
                decision.failure = rule
            }
        }
        rules = kept
        return decision
    }
}
