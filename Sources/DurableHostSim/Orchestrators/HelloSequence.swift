import DurableAPI

/// `HelloSequence`: calls `SayHello` for three cities, one after the other, and returns the greetings.
///
/// Input: an optional array of city names (default Tokyo, Seattle, London).
struct HelloSequence: OrchestratorProgram {
    private var cities: [String] = []
    private var greetings: [JSONValue] = []

    mutating func handle(_ event: ProgramEvent, context: inout OrchestrationContext) {
        switch event {
        case .started:
            cities = HelloSequence.cities(from: context.input)
            callNext(&context)
        case .activityCompleted(_, let result):
            greetings.append(ProgramJSON.parse(result) ?? .null)
            if greetings.count < cities.count {
                callNext(&context)
            } else {
                context.complete(output: ProgramJSON.text(.array(greetings)))
            }
        default:
            break
        }
    }

    private func callNext(_ context: inout OrchestrationContext) {
        let city = cities[greetings.count]
        context.callActivity(
            "SayHello",
            input: ProgramJSON.text(city),
            duration: context.random.double(in: 0.3...2.0),
            outcome: .success(result: ProgramJSON.text("Hello \(city)!"))
        )
    }

    private static func cities(from input: JSONValue?) -> [String] {
        let given = input?.arrayValue?.compactMap(\.stringValue) ?? []
        return given.isEmpty ? ["Tokyo", "Seattle", "London"] : given
    }
}
