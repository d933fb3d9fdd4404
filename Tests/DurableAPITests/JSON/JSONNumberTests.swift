import Testing

@testable import DurableAPI

@Suite struct JSONNumberTests {
    @Test(arguments: ["0", "-0", "1", "150.0", "-12.5e-3", "1E+3", "1e3", "12345678901234567890"])
    func acceptsValidLiterals(literal: String) {
        #expect(JSONNumber(literal: literal)?.literal == literal)
    }

    @Test(arguments: ["", "01", "+1", "1.", ".5", "1e", "1e+", "0x10", "NaN", "Infinity", "1 ", "--1"])
    func rejectsInvalidLiterals(literal: String) {
        #expect(JSONNumber(literal: literal) == nil)
    }

    @Test func formatsIntegersAndDoubles() {
        #expect(JSONNumber(42).literal == "42")
        #expect(JSONNumber(150.0).literal == "150.0")
        #expect(JSONNumber(0.4).literal == "0.4")
        #expect(JSONNumber(Double.nan).literal == "0")
    }

    @Test func integerAccessorIsExactOrNil() {
        #expect(JSONNumber(literal: "9223372036854775807")?.intValue == Int.max)
        #expect(JSONNumber(literal: "9223372036854775808")?.intValue == nil)
        #expect(JSONNumber(literal: "2.5")?.intValue == nil)
        #expect(JSONNumber(literal: "-3.0")?.intValue == -3)
    }

    @Test func equalityIsByLiteral() {
        #expect(JSONNumber(literal: "1.0") != JSONNumber(literal: "1"))
        #expect(JSONNumber(literal: "1.0")?.doubleValue == JSONNumber(literal: "1")?.doubleValue)
    }
}
