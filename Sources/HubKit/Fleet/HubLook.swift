import DurableAPI
import Foundation

/// One look at a hub for `status --all`: every instance created in the last 24 hours, counted per runtime status
/// and analysed for attention, summed up as the overview row shows it.
public struct HubLook: Sendable {
    /// How far back a look reaches: the instances created in the last 24 hours, as `status` counts them.
    public static let window = TimeWindow.last24Hours

    /// Where the instances come from.
    public var source: any HubSource
    /// When an instance of this hub needs attention (the connection's `attention` thresholds).
    public var thresholds: AttentionThresholds
    /// What masks the hub's secrets in a failed look's error line.
    public var redaction: Redaction

    /// Creates a look at `source`.
    public init(source: any HubSource, thresholds: AttentionThresholds, redaction: Redaction) {
        self.source = source
        self.thresholds = thresholds
        self.redaction = redaction
    }

    /// Creates a look through `client`, its errors masked by the client's endpoint (which knows the key).
    public init(client: DurableClient, thresholds: AttentionThresholds) {
        self.init(
            source: DurableClientSource(client: client),
            thresholds: thresholds,
            redaction: client.endpoint.redaction
        )
    }

    /// Pages through the hub's instances created in the window before `now` and sums them up; entity instances
    /// (`@name@key`) are left out. A failed look gives a summary with only the problem and its redacted line.
    public func summary(now: Date) async -> HubSummary {
        let window = DateInterval(start: now.addingTimeInterval(-Self.window.span), end: now)
        let query = InstanceQuery(createdFrom: window.start, showInput: false, pageSize: 1000)
        var counts = InstanceCounts()
        var instances: [OrchestrationStatus] = []
        do throws(DurableAPIError) {
            var pages = source.instances(query).makeAsyncIterator()
            while let page = try await pages.next() {
                counts.add(page: page)
                instances += page.filter { !$0.isEntity }
            }
        } catch {
            return HubSummary(problem: HubProblem(error), problemDetail: redaction.apply(error.description))
        }
        var analyzer = HubAnalyzer()
        let analysis = analyzer.analyze(instances, window: window, now: now, thresholds: thresholds)
        return HubSummary(
            counts: counts.byStatus,
            failuresLastHour: analysis.recentFailures,
            attention: analysis.attention.count,
            lastSuccess: now
        )
    }

    /// Looks at every hub at once, each in its own task, so a dead or slow hub delays no other; ends when the
    /// slowest look ends. The summaries come in the order of `looks`.
    public static func summaries(_ looks: [HubLook], now: Date) async -> [HubSummary] {
        await withTaskGroup(of: (Int, HubSummary).self) { group in
            for (index, look) in looks.enumerated() {
                group.addTask { (index, await look.summary(now: now)) }
            }
            var summaries = Array(repeating: HubSummary(), count: looks.count)
            for await (index, summary) in group {
                summaries[index] = summary
            }
            return summaries
        }
    }
}
