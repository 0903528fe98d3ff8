#pragma once

namespace quire::cache {

// Raises the nice value of the calling thread (not the process) by
// `increment`; 0 leaves it alone. On Linux each thread has its own nice
// value, and the scheduler shares a core by them: at +5 a busy worker gets
// about a quarter of a core that the UI thread also wants. Failure (not
// Linux, or a limit) is harmless: the thread just keeps its priority.
void lowerCurrentThreadPriority(int increment);

// The calling thread's nice value (for tests).
int currentThreadNice();

} // namespace quire::cache
