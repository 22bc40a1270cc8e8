import NIOCore

/// A connection's event loop as the executor of the task that serves it.
///
/// A request on the cooperative pool woke two threads more than it needed: the event loop handed the request to
/// a cooperative thread, which handed the query to a query thread (`QueryThreads`), which handed the page back to
/// a cooperative thread, which handed it to the event loop to write. With the event loop as the task's executor the
/// request is parsed, routed and written on the loop that read it, and only the query itself goes to a query
/// thread and back. Nothing on the loop blocks: store reads run on `QueryThreads`, the ingester on its actor.
final class EventLoopExecutor: TaskExecutor {
    let loop: any EventLoop

    init(_ loop: any EventLoop) {
        self.loop = loop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
