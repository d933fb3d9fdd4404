import Testing

@testable import Dashboard

@Test func moduleLoads() {
    #expect(Bool(true))
}
