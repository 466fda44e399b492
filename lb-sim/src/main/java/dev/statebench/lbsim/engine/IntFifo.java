package dev.statebench.lbsim.engine;

/** A growable ring buffer of ints: a backend's FIFO queue of waiting request slots. */
public final class IntFifo {
  private int[] items = new int[8];
  private int head;
  private int size;

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public void add(int item) {
    if (size == items.length) {
      int[] bigger = new int[items.length * 2];
      int tail = items.length - head;
      System.arraycopy(items, head, bigger, 0, tail);
      System.arraycopy(items, 0, bigger, tail, head);
      items = bigger;
      head = 0;
    }
    items[(head + size) & (items.length - 1)] = item;
    size++;
  }

  /** Removes and returns the oldest item; only valid when not empty. */
  public int poll() {
    int item = items[head];
    head = (head + 1) & (items.length - 1);
    size--;
    return item;
  }
}
