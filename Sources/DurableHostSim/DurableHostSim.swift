import DurableAPI

/// A simulated Durable Functions host that serves the built-in HTTP management API.
public enum DurableHostSim {}
