"""Adam on Rosenbrock for N runs at once, vectorised with numpy: the figure `bench --batch` is compared with.

Each step does what the batch engine does per run: the gradient, the Adam update with bias correction, the loss at
the new point and the divergence check. Prints the bench CSV's columns (optimizer,steps,seconds,steps_per_second,cpu_seconds). Usage: python3 numpy_adam_rosenbrock.py [N] [STEPS]
"""
import sys
import time

import numpy as np


def run(n, steps):
    side = int(np.ceil(np.sqrt(n)))
    i = np.arange(n)
    x = -1.5 + 0.04 * ((i % side) / side - 0.5)
    y = 2.5 + 0.04 * ((i // side) / side - 0.5)
    lr, b1, b2, eps = 0.02, 0.9, 0.999, 1e-8
    mx = np.zeros(n); my = np.zeros(n); sx = np.zeros(n); sy = np.zeros(n)
    alive = np.ones(n, dtype=bool)
    for t in range(1, steps + 1):
        b = y - x * x
        gx = -2 * (1 - x) - 400 * x * b
        gy = 200 * b
        mx = b1 * mx + (1 - b1) * gx
        my = b1 * my + (1 - b1) * gy
        sx = b2 * sx + (1 - b2) * gx * gx
        sy = b2 * sy + (1 - b2) * gy * gy
        c1 = 1 / (1 - b1 ** t)
        c2 = 1 / (1 - b2 ** t)
        x = x - lr / (np.sqrt(sx * c2) + eps) * (mx * c1)
        y = y - lr / (np.sqrt(sy * c2) + eps) * (my * c1)
        a = 1 - x
        b = y - x * x
        f = a * a + 100 * b * b
        alive &= (np.abs(x) <= 1e8) & (np.abs(y) <= 1e8) & np.isfinite(f)
    return x, y


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 65536
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 150
    run(min(n, 4096), 20)
    best = float("inf")
    cpu = float("inf")
    for _ in range(3):
        begin = time.perf_counter()
        cpu_begin = time.process_time()
        run(n, steps)
        best = min(best, time.perf_counter() - begin)
        cpu = min(cpu, time.process_time() - cpu_begin)
    print(f"numpy {np.__version__},{n * steps},{best:.4f},{n * steps / best:.0f},{cpu:.4f}")
