import DurableAPI

/// `HttpPoller`: a durable HTTP call (`BuiltIn::HttpActivity`) to a job API that answers 202 with a `Location`
/// a few times (polled on timers, as the extension's asynchronous pattern does) and then 200. About one job in
/// sixteen answers its last poll with 503 (Service Unavailable) instead, and the orchestrator throws; a rewind
/// polls again and gets the 200.
///
/// Inputs and results have the DurableHttpRequest/DurableHttpResponse shape, including an `Authorization`
/// request header (a fake token) so that the dashboard's header masking can be exercised.
struct HttpPoller: OrchestratorProgram {
    /// The activity name the extension uses for durable HTTP.
    static let activityName = "BuiltIn::HttpActivity"
    /// The chance that the job API answers the last poll with 503.
    static let unavailableChance = 1.0 / 16.0

    private var pollsLeft = 0
    private var jobURI = ""
    private var polls = 0
    /// The request id the job API's 503 carries, when this job's last poll gets one.
    private var unavailableRequestId: String?

    mutating func handle(_ event: ProgramEvent, context: inout OrchestrationContext) {
        switch event {
        case .started:
            pollsLeft = context.random.int(in: 1...3)
            let job = context.random.int(in: 1000...9999)
            jobURI = "https://jobs.contoso.example/api/jobs/\(job)"
            unavailableRequestId = context.random.chance(HttpPoller.unavailableChance) ? context.random.hex(16) : nil
            context.customStatus = ProgramJSON.text(["stage": "submitting"])
            call(method: "POST", uri: "https://jobs.contoso.example/api/jobs", context: &context)
        case .activityCompleted(_, let result):
            let statusCode = ProgramJSON.parse(result)?["statusCode"]?.intValue ?? 200
            if statusCode == 503, let requestId = unavailableRequestId {
                context.customStatus = ProgramJSON.text(["stage": "failed", "location": .string(jobURI)])
                let cause =
                    "Job status poll failed: GET \(jobURI) returned 503 (Service Unavailable) after \(polls) polls "
                    + "(x-ms-request-id: \(requestId))."
                context.fail(message: FailureText.orchestrator("HttpPoller", failed: cause))
            } else if statusCode == 202 {
                context.customStatus = ProgramJSON.text(["stage": "polling", "location": .string(jobURI)])
                context.createTimer(after: 5)
            } else {
                context.customStatus = ProgramJSON.text(["stage": "done"])
                context.complete(output: result)
            }
        case .timerFired:
            polls += 1
            call(method: "GET", uri: jobURI, context: &context)
        case .rewound:
            unavailableRequestId = nil
            context.customStatus = ProgramJSON.text(["stage": "polling", "location": .string(jobURI)])
            call(method: "GET", uri: jobURI, context: &context)
        default:
            break
        }
    }

    private mutating func call(method: String, uri: String, context: inout OrchestrationContext) {
        let request: JSONValue = [
            "method": .string(method),
            "uri": .string(uri),
            "headers": ["Authorization": "Bearer sim-token-8f2c1d9e7a6b", "Accept": "application/json"],
            "content": method == "POST" ? .string(ProgramJSON.text(["job": "report"])) : .null,
            "tokenSource": .null,
            "asynchronousPatternEnabled": true,
            "timeout": .null,
        ]
        let response: JSONValue
        if pollsLeft > 0 {
            pollsLeft -= 1
            response = [
                "statusCode": 202,
                "headers": ["Location": [.string(jobURI)], "Retry-After": ["5"]],
                "content": "",
            ]
        } else if let requestId = unavailableRequestId {
            response = [
                "statusCode": 503,
                "headers": ["Retry-After": ["30"], "x-ms-request-id": [.string(requestId)]],
                "content": "",
            ]
        } else {
            response = [
                "statusCode": 200,
                "headers": ["Content-Type": ["application/json; charset=utf-8"]],
                "content": .string(ProgramJSON.text(["state": "succeeded", "job": .string(jobURI)])),
            ]
        }
        context.callActivity(
            HttpPoller.activityName,
            input: ProgramJSON.text(request),
            duration: context.random.double(in: 0.2...1.0),
            outcome: .success(result: ProgramJSON.text(response))
        )
    }
}
