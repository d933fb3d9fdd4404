import DurableAPI
import Foundation
import Synchronization
import Testing

@testable import Dashboard
@testable import DurableHostSim
@testable import HubKit
@testable import ScreenKit

/// Seeded random keys against the whole dashboard (state, poller, action coordinator and bulk runner) with a
/// scripted host that answers quickly, slowly and with errors, and changes under it. After every key the
/// invariants of ``SoakInvariants`` must hold and a frame must draw.
///
/// `DURABLETOP_SOAK_SEEDS` and `DURABLETOP_SOAK_KEYS` make it longer; `DURABLETOP_SOAK_SEED` replays one seed.
@Suite("Soak: random keys against the dashboard and its action runner")
struct DashboardSoakTests {
    static let seeds: [UInt64] = {
        let environment = ProcessInfo.processInfo.environment
        if let one = environment["DURABLETOP_SOAK_SEED"].flatMap(UInt64.init) {
            return [one]
        }
        let count = environment["DURABLETOP_SOAK_SEEDS"].flatMap(UInt64.init) ?? 24
        return Array(1...count)
    }()

    static let keysPerSeed = ProcessInfo.processInfo.environment["DURABLETOP_SOAK_KEYS"].flatMap(Int.init) ?? 600

    @Test("invariants hold after every key", arguments: seeds)
    func soak(seed: UInt64) async {
        let (failure, runs) = await Self.run(seed: seed, keys: Self.keysPerSeed)
        #expect(runs > 0, "seed \(seed) confirmed no action, so it never exercised the runner")
        if let failure {
            print("soak: seed \(seed) failed; replay with DURABLETOP_SOAK_SEED=\(seed): \(failure)")
        }
        #expect(failure == nil, "seed \(seed): \(failure ?? "")")
    }

    /// Runs one seed; returns the first broken invariant (with the key that broke it) and how many plans ran.
    static func run(seed: UInt64, keys: Int) async -> (failure: String?, runs: Int) {
        var generator = SeededRandom(seed: seed)
        let host = SoakHost(seed: seed, instances: Int.random(in: 5...60, using: &generator))
        let coordinator = ActionCoordinator(
            executor: host,
            permit: MutationPermit.granted(readOnly: false)!,
            audit: nil,
            maxConcurrent: 3,
            pacing: .milliseconds(1)
        )
        let app = DashboardApp(
            source: host.source,
            options: DashboardOptions(endpointHost: "soak", refreshInterval: .seconds(1), operatorName: "soak@box"),
            actions: coordinator,
            onRedraw: {}
        )
        app.start()
        defer { app.stop() }
        let loading = ContinuousClock.now + .seconds(10)
        while !app.snapshot.freshness.initialLoadDone, ContinuousClock.now < loading {
            try? await Task.sleep(for: .milliseconds(5))
        }
        var invariants = SoakInvariants()
        var pressed: [InputEvent] = []
        var plans: Set<ActionPlan> = []
        for _ in 0..<keys {
            for event in SoakKeys.next(using: &generator, ids: host.ids) {
                app.handle(event)
                pressed.append(event)
                let state = app.snapshot
                _ = app.render(size: state.screenSize)
                if let run = state.actions.run {
                    plans.insert(run.plan)
                }
                let broken = invariants.violations(in: state)
                if !broken.isEmpty {
                    let last = pressed.suffix(12).map(String.init(describing:)).joined(separator: " ")
                    let failure = "after key \(pressed.count) (last events: \(last)): " + broken.joined(separator: "; ")
                    return (failure, plans.count)
                }
            }
            if Int.random(in: 0..<6, using: &generator) == 0 {
                host.churn(using: &generator)
            }
            if Int.random(in: 0..<8, using: &generator) == 0 {
                try? await Task.sleep(for: .milliseconds(Int.random(in: 1...15, using: &generator)))
            } else {
                await Task.yield()
            }
        }
        return (nil, plans.count)
    }
}
