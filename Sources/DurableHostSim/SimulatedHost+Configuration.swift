extension SimulatedHost {
    /// Everything that shapes a simulated host. The defaults give a quiet, keyless hub on a free loopback port.
    public struct Configuration: Sendable {
        /// Address to bind; loopback unless deliberately changed.
        public var host = "127.0.0.1"
        /// Port to bind; 0 picks a free port.
        public var port = 0
        /// The system key (`durabletask_extension`); `nil` turns auth off. Never printed or logged.
        public var key: String?
        /// Instances to pre-populate across the last simulated day (0 = an empty hub). A population of 1000 or more
        /// also carries the troubles triage looks for (`TroublePlan`): a recent burst of failures, stuck Pending,
        /// stalled Running and long-Suspended instances.
        public var instances = 0
        /// Seed for every random choice; equal seeds give equal hubs.
        public var seed: UInt64 = 1
        /// How many times faster than real time the simulated app works: activity run times, timer delays,
        /// retry back-offs and the gaps between new arrivals are divided by it. Timestamps (`createdTime`,
        /// `lastUpdatedTime`, history) always follow the wall clock. Ignored with a manual clock.
        public var timeScale = 1.0
        /// When `true` time only moves through `advance(by:)` (tests) instead of following the wall clock.
        public var manualClock = false
        /// New instances per simulated minute (a real minute sees `timeScale` times as many); `nil` = 6 when
        /// pre-populated, else 0 (a quiet hub).
        public var arrivalsPerMinute: Double?
        /// Whether the simulated app starts orchestrations that wait a long time: approvals waiting for a person
        /// and monitors polling on a schedule. Without them, few instances are active at once (about 100 in a
        /// 100,000-instance day), as in a hub of short workflows with steady churn.
        public var waitingWorkflows = true
        /// Whether `@name@key` entity instances appear in `GET /instances` (the Azure Storage behaviour).
        public var entitiesInInstanceList = true
        /// `true`: the last page carries an empty `x-ms-continuation-token` (the host's behaviour);
        /// `false`: the header is omitted.
        public var sendsEmptyContinuationToken = true
        /// Rows one list request may examine; a page stops there (short or empty, with a token).
        public var scanBudget = 5000
        /// The most rows one list page holds, whatever `top` asks (1…1000; Azure Storage's host answers at most 100).
        public var pageCap = 1000
        /// The default hub's name: requests without `taskHub` (or with an empty one) get the default hub, as do
        /// requests naming it in any letter case; generated links name it when a request names no hub.
        public var taskHub = "TestHubName"
        /// The other task hubs the host serves, each independent of the default hub and of each other, with the
        /// same time scale, scan budget and arrival rule (`arrivalsPerMinute`, or 6 for a pre-populated hub and 0
        /// for an empty one). A request naming a hub that is not served gets `404`. A hub whose name is empty or
        /// repeats an earlier one (the default hub's included, in any letter case) is left out.
        public var additionalTaskHubs: [TaskHubSpec] = []
        /// Fault rules active from the start (off by default).
        public var faults: [FaultRule] = []

        /// Creates the default configuration.
        public init() {}
    }
}
