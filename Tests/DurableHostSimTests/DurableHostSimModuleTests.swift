import Testing

@testable import DurableHostSim

@Test func moduleLoads() {
    #expect(Bool(true))
}
