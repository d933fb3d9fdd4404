extension SimulatedHost {
    /// One more task hub a host serves besides its default hub: an independent hub with its own instances,
    /// arrivals, entities and troubles, addressed by `taskHub=NAME` on a request.
    public struct TaskHubSpec: Sendable, Equatable {
        /// The hub's name; requests match it case-insensitively (as Azure Storage matches table names).
        public var name: String
        /// Instances to pre-populate across the last simulated day (0 = an empty hub), as
        /// `Configuration.instances` does for the default hub.
        public var instances: Int
        /// Seed for every random choice in this hub; equal seeds give equal hubs.
        public var seed: UInt64

        /// Creates the description of a hub named `name` with `instances` pre-populated instances and `seed`.
        public init(name: String, instances: Int = 0, seed: UInt64 = 1) {
            self.name = name
            self.instances = instances
            self.seed = seed
        }
    }
}
