import Testing

@testable import DurableAPI

@Test func moduleLoads() {
    #expect(Bool(true))
}
