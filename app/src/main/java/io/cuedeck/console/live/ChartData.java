package io.cuedeck.console.live;

import io.fair_acc.dataset.locks.DataSetLock;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import io.fair_acc.dataset.spi.CircularDoubleErrorDataSet;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One chart series that never blocks the UI thread. ChartFX read-locks a data set from a chart's
 * layout to the end of the pulse; when a layout runs outside a pulse (a window shown, a snapshot)
 * the lock is still held when the next event arrives, and a blocking write on the FX thread would
 * wait for a pulse that can never come: a frozen console. So points arriving while the set is
 * locked wait here and are written by the next flush that finds it free.
 *
 * <p>Points are written in batches by {@link #flush()}, which the Live view calls on its frame
 * budget ({@link LiveView#FRAME}): a chart of the last hour at one point per second gains nothing
 * from being redrawn more often, and on a machine without a GPU every redraw costs real CPU.
 * Used on the UI thread only.
 */
public final class ChartData {

    private final CircularDoubleErrorDataSet data;
    private final Deque<double[]> pending = new ArrayDeque<>();
    private final int capacity;
    private boolean resetPending;

    public ChartData(String name, int capacity) {
        this.data = new CircularDoubleErrorDataSet(name, capacity);
        this.capacity = capacity;
    }

    public void add(double x, double y) {
        if (pending.size() == capacity) {
            pending.removeFirst();
        }
        pending.addLast(new double[] {x, y});
    }

    public void reset() {
        pending.clear();
        resetPending = true;
        flush();
    }

    /** Writes what waited, unless a chart still holds the lock. */
    public void flush() {
        if (isReadLocked()) {
            return;
        }
        if (resetPending) {
            data.reset();
            resetPending = false;
        }
        if (!pending.isEmpty()) {
            int n = pending.size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            int i = 0;
            for (double[] point : pending) {
                xs[i] = point[0];
                ys[i++] = point[1];
            }
            data.add(xs, ys, new double[n], new double[n]);
        }
        pending.clear();
    }

    private boolean isReadLocked() {
        DataSetLock<?> lock = data.lock();
        return lock instanceof DefaultDataSetLock<?> known && known.getReaderCount() > 0;
    }

    /** Points written plus points waiting. */
    public int size() {
        return Math.min(capacity, (resetPending ? 0 : data.getDataCount()) + pending.size());
    }

    public CircularDoubleErrorDataSet dataSet() {
        return data;
    }
}
