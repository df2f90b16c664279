"""PyTorch reference for the lossrun benchmarks (see bench/README.md and BENCHMARKS.md).

The seed problem (specs/poisson-mixed.yaml): a PINN for a 2D Poisson problem with mixed boundary conditions,
loss = L_r + alpha * L_d + beta * L_n, where alpha and beta are updated from
per-term parameter-gradient statistics (learning-rate annealing, Wang/Teng/Perdikaris 2021).

Problem "poisson-mixed" on [0,1]^2, exact u = exp(x) * sin(4*pi*y):
  -lap u = f = (16 pi^2 - 1) exp(x) sin(4 pi y)   inside
  u = g                                           on x=0, y=0, y=1   (Dirichlet)
  du/dn = du/dx = e * sin(4 pi y)                 on x=1            (Neumann)

Modes:
  time   : median step time of several ways of getting per-term gradients
  train  : train with a weighting rule, report relative L2 error on a 101x101 grid
"""
import argparse, json, math, statistics, sys, time

import torch

PI = math.pi


def exact(xy):
    return torch.exp(xy[:, :1]) * torch.sin(4 * PI * xy[:, 1:2])


def f_src(xy):
    return (16 * PI**2 - 1) * exact(xy)


def g_neu(xy):
    return math.e * torch.sin(4 * PI * xy[:, 1:2])


class MLP(torch.nn.Module):
    def __init__(self, width, depth):
        super().__init__()
        layers, d = [], 2
        for _ in range(depth):
            layers.append(torch.nn.Linear(d, width))
            d = width
        self.hidden = torch.nn.ModuleList(layers)
        self.out = torch.nn.Linear(d, 1)
        for l in list(self.hidden) + [self.out]:
            torch.nn.init.xavier_normal_(l.weight)
            torch.nn.init.zeros_(l.bias)

    def forward(self, x):
        for l in self.hidden:
            x = torch.tanh(l(x))
        return self.out(x)


def sample(n, gen):
    inside = torch.rand(n, 2, generator=gen)
    t = torch.rand(n, 1, generator=gen)
    side = torch.randint(0, 3, (n, 1), generator=gen)
    z, o = torch.zeros_like(t), torch.ones_like(t)
    dir_pts = torch.where(side == 0, torch.cat([z, t], 1),
              torch.where(side == 1, torch.cat([t, z], 1), torch.cat([t, o], 1)))
    neu_pts = torch.cat([o, torch.rand(n, 1, generator=gen)], 1)
    return inside, dir_pts, neu_pts


def losses(net, inside, dir_pts, neu_pts):
    xi = inside.clone().requires_grad_(True)
    u = net(xi)
    gu = torch.autograd.grad(u.sum(), xi, create_graph=True)[0]
    uxx = torch.autograd.grad(gu[:, 0].sum(), xi, create_graph=True)[0][:, 0]
    uyy = torch.autograd.grad(gu[:, 1].sum(), xi, create_graph=True)[0][:, 1]
    res = -(uxx + uyy) - f_src(inside)[:, 0]
    L_r = (res**2).mean()
    L_d = ((net(dir_pts) - exact(dir_pts))**2).mean()
    xn = neu_pts.clone().requires_grad_(True)
    un = net(xn)
    dn = torch.autograd.grad(un.sum(), xn, create_graph=True)[0][:, :1]
    L_n = ((dn - g_neu(neu_pts))**2).mean()
    return [L_r, L_d, L_n]


def grads_per_term(terms, params, how):
    if how == "autograd-grad":
        return [torch.autograd.grad(L, params, retain_graph=True, materialize_grads=True) for L in terms]
    if how == "backward-cache":
        out = []
        for i, L in enumerate(terms):
            for p in params:
                p.grad = None
            L.backward(retain_graph=i < len(terms) - 1)
            out.append([torch.zeros_like(p) if p.grad is None else p.grad.clone() for p in params])
        return out
    if how == "batched":
        stacked = torch.stack(terms)
        eye = torch.eye(len(terms))
        gs = torch.autograd.grad(stacked, params, grad_outputs=eye, is_grads_batched=True, materialize_grads=True)
        return [[g[i] for g in gs] for i in range(len(terms))]
    raise ValueError(how)


def step(net, opt, batch, how, w):
    opt.zero_grad(set_to_none=True)
    terms = losses(net, *batch)
    params = list(net.parameters())
    if how == "sum":
        total = terms[0] + w[0] * terms[1] + w[1] * terms[2]
        total.backward()
        opt.step()
        return terms, None
    gs = grads_per_term(terms, params, how)
    flat = [torch.cat([g.reshape(-1) for g in gi]) for gi in gs]
    stats = [(fl.abs().max().item(), fl.abs().mean().item()) for fl in flat]
    for j, p in enumerate(params):
        p.grad = gs[0][j] + w[0] * gs[1][j] + w[1] * gs[2][j]
    opt.step()
    return terms, stats


def cmd_time(a):
    torch.manual_seed(0)
    gen = torch.Generator().manual_seed(0)
    res = {}
    for how in a.modes.split(","):
        net = MLP(a.width, a.depth)
        opt = torch.optim.Adam(net.parameters(), lr=1e-3)
        batch = sample(a.n, gen)
        w = [1.0, 1.0]
        for _ in range(a.warmup):
            step(net, opt, batch, how, w)
        ts = []
        for _ in range(a.steps):
            t0 = time.perf_counter()
            step(net, opt, batch, how, w)
            ts.append(time.perf_counter() - t0)
        res[how] = statistics.median(ts)
    base = res.get("sum")
    for how, t in res.items():
        rel = f" ({t / base:.2f}x sum)" if base else ""
        print(f"{how:15s} width={a.width} depth={a.depth} n={a.n}: {t * 1e3:8.3f} ms/step{rel}")
    print(json.dumps({"width": a.width, "depth": a.depth, "n": a.n, "threads": torch.get_num_threads(),
                      "ms_per_step": {k: v * 1e3 for k, v in res.items()}}))


def rel_l2(net):
    g = torch.linspace(0, 1, 101)
    X, Y = torch.meshgrid(g, g, indexing="ij")
    xy = torch.stack([X.reshape(-1), Y.reshape(-1)], 1)
    with torch.no_grad():
        u = net(xy)
    ue = exact(xy)
    return (torch.linalg.norm(u - ue) / torch.linalg.norm(ue)).item()


def cmd_train(a):
    torch.manual_seed(a.seed)
    gen = torch.Generator().manual_seed(a.seed)
    net = MLP(a.width, a.depth)
    opt = torch.optim.Adam(net.parameters(), lr=a.lr)
    w = [1.0, 1.0]
    t0 = time.perf_counter()
    for it in range(a.steps):
        batch = sample(a.n, gen)
        if a.rule == "annealing" and it % a.every == 0:
            terms, stats = step(net, opt, batch, "autograd-grad", w)
            num = stats[0][0] if a.stat == "max" else stats[0][1]
            for k in (1, 2):
                hat = num / max(stats[k][1], 1e-30)
                w[k - 1] = (1 - a.alpha) * w[k - 1] + a.alpha * hat
        else:
            terms, _ = step(net, opt, batch, "sum", w)
        if it % a.log == 0 or it == a.steps - 1:
            print(f"it {it:6d} L_r {terms[0].item():.3e} L_d {terms[1].item():.3e} L_n {terms[2].item():.3e} "
                  f"w {w[0]:.2f} {w[1]:.2f} relL2 {rel_l2(net):.3e}", flush=True)
    el = time.perf_counter() - t0
    print(json.dumps({"rule": a.rule, "steps": a.steps, "relL2": rel_l2(net), "seconds": el, "w": w}))


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("time", "train"):
        s = sub.add_parser(name)
        s.add_argument("--width", type=int, default=50)
        s.add_argument("--depth", type=int, default=3)
        s.add_argument("--n", type=int, default=128)
        s.add_argument("--steps", type=int, default=30)
        s.add_argument("--threads", type=int, default=0)
    t = sub.choices["time"]
    t.add_argument("--warmup", type=int, default=5)
    t.add_argument("--modes", default="sum,autograd-grad,backward-cache,batched")
    r = sub.choices["train"]
    r.add_argument("--rule", default="annealing", choices=["fixed", "annealing"])
    r.add_argument("--alpha", type=float, default=0.1, help="moving-average weight of the new estimate")
    r.add_argument("--every", type=int, default=10)
    r.add_argument("--stat", default="max", choices=["max", "mean"])
    r.add_argument("--lr", type=float, default=1e-3)
    r.add_argument("--log", type=int, default=1000)
    r.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    if a.threads:
        torch.set_num_threads(a.threads)
    {"time": cmd_time, "train": cmd_train}[a.cmd](a)
