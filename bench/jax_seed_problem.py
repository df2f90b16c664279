"""JAX reference for the lossrun benchmarks (see bench/README.md and BENCHMARKS.md).

The seed problem (specs/poisson-mixed.yaml), written the way a JAX user would write it, so that
lossrun, PyTorch (torch_seed_problem.py) and compiled JAX can be timed side by side:

Problem "poisson-mixed" on [0,1]^2, exact u = exp(x) * sin(4*pi*y):
  -lap u = f = (16 pi^2 - 1) exp(x) sin(4 pi y)   inside
  u = g                                           on x=0, y=0, y=1   (Dirichlet)
  du/dn = du/dx = e * sin(4 pi y)                 on x=1            (Neumann)
MLP 2 -> width x depth -> 1, tanh, Xavier-normal weights, zero biases, float32, Adam lr 1e-3.

Modes of `time` (median step time over --steps after --warmup; compilation is timed separately):
  sum       one jit-compiled step: value_and_grad of L_r + alpha L_d + beta L_n, then Adam
  per-term  one jit-compiled step: jacrev of the vector (L_r, L_d, L_n), then the statistics
            max|g| and mean|g| of each term's gradient, the weighted sum, then Adam

`train` trains with fixed weights or learning-rate annealing and reports the relative L2 error
on a 101x101 grid, like `torch_seed_problem.py train`.

--threads N limits XLA's CPU thread pool: the process is pinned to N cores before JAX is imported
(XLA sizes its pool from the schedulable cores) and, for N = 1, Eigen's multi-threading is off.
"""
import argparse
import json
import math
import os
import statistics
import sys
import time


def pin_threads(threads):
    """Limits the threads XLA uses; must run before jax is imported."""
    if threads <= 0:
        return
    cores = sorted(os.sched_getaffinity(0))[:threads]
    os.sched_setaffinity(0, cores)
    flags = os.environ.get("XLA_FLAGS", "")
    if threads == 1 and "xla_cpu_multi_thread_eigen" not in flags:
        flags += " --xla_cpu_multi_thread_eigen=false"
    os.environ["XLA_FLAGS"] = flags.strip()
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(name, str(threads))


def parse_arguments(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("time", "train"):
        s = sub.add_parser(name)
        s.add_argument("--width", type=int, default=50)
        s.add_argument("--depth", type=int, default=3)
        s.add_argument("--n", type=int, default=128, help="points per term")
        s.add_argument("--steps", type=int, default=30)
        s.add_argument("--threads", type=int, default=0, help="0: XLA's default (all cores)")
    t = sub.choices["time"]
    t.add_argument("--warmup", type=int, default=5)
    t.add_argument("--modes", default="sum,per-term")
    r = sub.choices["train"]
    r.add_argument("--rule", default="annealing", choices=["fixed", "annealing"])
    r.add_argument("--alpha", type=float, default=0.1, help="moving-average weight of the new estimate")
    r.add_argument("--every", type=int, default=10)
    r.add_argument("--stat", default="max", choices=["max", "mean"])
    r.add_argument("--lr", type=float, default=1e-3)
    r.add_argument("--log", type=int, default=1000)
    r.add_argument("--seed", type=int, default=0)
    return p.parse_args(argv)


ARGS = parse_arguments(sys.argv[1:])
pin_threads(ARGS.threads)

import jax  # noqa: E402  (after pin_threads: XLA reads its flags and cores at import)
import jax.numpy as jnp  # noqa: E402

PI = math.pi
MODES = ("sum", "per-term")


def exact(xy):
    return jnp.exp(xy[..., 0]) * jnp.sin(4 * PI * xy[..., 1])


def f_src(xy):
    return (16 * PI**2 - 1) * exact(xy)


def g_neu(xy):
    return math.e * jnp.sin(4 * PI * xy[..., 1])


def init_mlp(key, width, depth):
    """Xavier-normal weights (std sqrt(2 / (fan_in + fan_out))), zero biases."""
    sizes = [2] + [width] * depth + [1]
    params = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        key, sub = jax.random.split(key)
        std = math.sqrt(2.0 / (fan_in + fan_out))
        w = std * jax.random.normal(sub, (fan_in, fan_out), dtype=jnp.float32)
        params.append((w, jnp.zeros((fan_out,), dtype=jnp.float32)))
    return params


def u_point(params, p):
    """The network at one point p = (x, y), a scalar."""
    h = p
    for w, b in params[:-1]:
        h = jnp.tanh(h @ w + b)
    w, b = params[-1]
    return (h @ w + b)[0]


def laplacian(params, p):
    hessian = jax.hessian(u_point, argnums=1)(params, p)
    return hessian[0, 0] + hessian[1, 1]


def u_x(params, p):
    return jax.grad(u_point, argnums=1)(params, p)[0]


def term_losses(params, batch):
    """The three term losses (L_r, L_d, L_n) as a vector."""
    inside, dir_pts, neu_pts = batch
    res = -jax.vmap(laplacian, (None, 0))(params, inside) - f_src(inside)
    dirichlet = jax.vmap(u_point, (None, 0))(params, dir_pts) - exact(dir_pts)
    neumann = jax.vmap(u_x, (None, 0))(params, neu_pts) - g_neu(neu_pts)
    return jnp.stack([jnp.mean(res**2), jnp.mean(dirichlet**2), jnp.mean(neumann**2)])


def sample(key, n):
    k1, k2, k3, k4 = jax.random.split(key, 4)
    inside = jax.random.uniform(k1, (n, 2), dtype=jnp.float32)
    t = jax.random.uniform(k2, (n,), dtype=jnp.float32)
    side = jax.random.randint(k3, (n,), 0, 3)
    z, o = jnp.zeros_like(t), jnp.ones_like(t)
    xs = jnp.where(side == 0, z, t)
    ys = jnp.where(side == 0, t, jnp.where(side == 1, z, o))
    dir_pts = jnp.stack([xs, ys], 1)
    neu_pts = jnp.stack([o, jax.random.uniform(k4, (n,), dtype=jnp.float32)], 1)
    return inside, dir_pts, neu_pts


def adam_init(params):
    zeros = jax.tree_util.tree_map(jnp.zeros_like, params)
    return (jnp.zeros((), jnp.int32), zeros, zeros)


def adam_update(params, grads, state, lr, b1=0.9, b2=0.999, eps=1e-8):
    """torch.optim.Adam's update (bias-corrected moments, eps outside the square root)."""
    count, m, v = state
    count = count + 1
    m = jax.tree_util.tree_map(lambda m, g: b1 * m + (1 - b1) * g, m, grads)
    v = jax.tree_util.tree_map(lambda v, g: b2 * v + (1 - b2) * g * g, v, grads)
    c1 = 1 - b1 ** count.astype(jnp.float32)
    c2 = 1 - b2 ** count.astype(jnp.float32)
    params = jax.tree_util.tree_map(
        lambda p, m, v: p - lr * (m / c1) / (jnp.sqrt(v / c2) + eps), params, m, v)
    return params, (count, m, v)


def make_steps(lr):
    @jax.jit
    def sum_step(params, state, batch, w):
        def total(params):
            terms = term_losses(params, batch)
            return terms[0] + w[0] * terms[1] + w[1] * terms[2], terms

        (_, terms), grads = jax.value_and_grad(total, has_aux=True)(params)
        params, state = adam_update(params, grads, state, lr)
        return params, state, terms

    @jax.jit
    def per_term_step(params, state, batch, w):
        terms = term_losses(params, batch)
        jac = jax.jacrev(term_losses)(params, batch)  # every leaf has a leading axis of 3
        flat = jnp.concatenate([g.reshape(3, -1) for g in jax.tree_util.tree_leaves(jac)], 1)
        stats = jnp.stack([jnp.max(jnp.abs(flat), 1), jnp.mean(jnp.abs(flat), 1)], 1)
        grads = jax.tree_util.tree_map(lambda g: g[0] + w[0] * g[1] + w[1] * g[2], jac)
        params, state = adam_update(params, grads, state, lr)
        return params, state, terms, stats

    return {"sum": sum_step, "per-term": per_term_step}


def cmd_time(a):
    key = jax.random.PRNGKey(0)
    steps = make_steps(1e-3)
    res, compile_seconds = {}, {}
    for how in a.modes.split(","):
        if how not in MODES:
            sys.exit(f"unknown mode '{how}'; modes: {', '.join(MODES)}")
        key, k_net, k_batch = jax.random.split(key, 3)
        params = init_mlp(k_net, a.width, a.depth)
        state = adam_init(params)
        batch = sample(k_batch, a.n)
        w = jnp.array([1.0, 1.0], dtype=jnp.float32)
        step = steps[how]
        t0 = time.perf_counter()
        out = jax.block_until_ready(step(params, state, batch, w))
        compile_seconds[how] = time.perf_counter() - t0
        params, state = out[0], out[1]
        for _ in range(a.warmup):
            params, state = jax.block_until_ready(step(params, state, batch, w))[:2]
        ts = []
        for _ in range(a.steps):
            t0 = time.perf_counter()
            params, state = jax.block_until_ready(step(params, state, batch, w))[:2]
            ts.append(time.perf_counter() - t0)
        res[how] = statistics.median(ts)
    base = res.get("sum")
    for how, t in res.items():
        rel = f" ({t / base:.2f}x sum)" if base else ""
        print(f"{how:15s} width={a.width} depth={a.depth} n={a.n}: {t * 1e3:8.3f} ms/step{rel}")
    print(json.dumps({"width": a.width, "depth": a.depth, "n": a.n, "threads": a.threads,
                      "cores": len(os.sched_getaffinity(0)), "jax": jax.__version__,
                      "ms_per_step": {k: v * 1e3 for k, v in res.items()},
                      "compile_seconds": compile_seconds}))


def rel_l2(params):
    g = jnp.linspace(0, 1, 101, dtype=jnp.float32)
    X, Y = jnp.meshgrid(g, g, indexing="ij")
    xy = jnp.stack([X.reshape(-1), Y.reshape(-1)], 1)
    u = jax.vmap(u_point, (None, 0))(params, xy)
    ue = exact(xy)
    return float(jnp.linalg.norm(u - ue) / jnp.linalg.norm(ue))


def cmd_train(a):
    key = jax.random.PRNGKey(a.seed)
    key, k_net = jax.random.split(key)
    params = init_mlp(k_net, a.width, a.depth)
    state = adam_init(params)
    steps = make_steps(a.lr)
    w = [1.0, 1.0]
    t0 = time.perf_counter()
    for it in range(a.steps):
        key, k_batch = jax.random.split(key)
        batch = sample(k_batch, a.n)
        weights = jnp.array(w, dtype=jnp.float32)
        if a.rule == "annealing" and it % a.every == 0:
            params, state, terms, stats = steps["per-term"](params, state, batch, weights)
            stats = stats.tolist()
            num = stats[0][0] if a.stat == "max" else stats[0][1]
            for k in (1, 2):
                hat = num / max(stats[k][1], 1e-30)
                w[k - 1] = (1 - a.alpha) * w[k - 1] + a.alpha * hat
        else:
            params, state, terms = steps["sum"](params, state, batch, weights)
        if it % a.log == 0 or it == a.steps - 1:
            t = terms.tolist()
            print(f"it {it:6d} L_r {t[0]:.3e} L_d {t[1]:.3e} L_n {t[2]:.3e} "
                  f"w {w[0]:.2f} {w[1]:.2f} relL2 {rel_l2(params):.3e}", flush=True)
    el = time.perf_counter() - t0
    print(json.dumps({"rule": a.rule, "steps": a.steps, "relL2": rel_l2(params), "seconds": el, "w": w}))


if __name__ == "__main__":
    {"time": cmd_time, "train": cmd_train}[ARGS.cmd](ARGS)
