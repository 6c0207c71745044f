# ae-torch.py - the PyTorch autoencoder ae-train is compared with: the same
# architecture (n -> 32 -> 8 -> 32 -> n by default, relu, linear code and
# output, nn.Linear's default init U(+-1/sqrt(fan_in))), standardisation
# (population sd of every row, in double; sd 1 for a constant column), MSE
# over the batch's rows and columns, Adam (lr 1e-3, betas 0.9/0.999, eps
# 1e-8) and budget (epochs, batch, reshuffled every epoch, last batch short),
# on one CPU thread.
#   ae-torch.py CSV EPOCHS BATCH LAYERS SEED [SCORES_OUT]
# Environment, as ae-train's options of the same names: AE_VALIDATION=F holds
# out a seeded fraction F of the rows (still in the standardisation, as in
# ae-train) and keeps the weights of the epoch of least validation loss;
# AE_PATIENCE=P stops after P epochs without a better one.
# Prints "loss L" (the last epoch's mean training loss, the loss before each
# step weighted by the batch's rows), "train_s T", and with validation
# "val V" (the kept epoch's) and "epoch E" (which it is).  With SCORES_OUT,
# writes each row's mean squared error (label column dropped), 9 digits.
import copy, os, sys, time
import numpy as np
import torch

path, epochs, batch, layers, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
vfrac = float(os.environ.get("AE_VALIDATION", "0"))
patience = int(os.environ.get("AE_PATIENCE", "0"))
torch.set_num_threads(1)
torch.manual_seed(seed)
with open(path) as f:
    names = f.readline().strip().split(",")
X = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float64, ndmin=2)
if names[-1] == "label":
    X = X[:, :-1]
sd = X.std(0)
X = ((X - X.mean(0)) / np.where(sd > 1e-12 * np.maximum(1, np.abs(X.mean(0))), sd, 1)).astype(np.float32)
X = torch.from_numpy(X)
n, d = X.shape
h = [int(v) for v in layers.split(",")]
widths = [d] + h + h[-2::-1] + [d]
mods = []
for i in range(len(widths) - 1):
    mods.append(torch.nn.Linear(widths[i], widths[i + 1]))
    if i + 1 < len(widths) - 1 and i + 1 != len(h):
        mods.append(torch.nn.ReLU())
net = torch.nn.Sequential(*mods)
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
lossf = torch.nn.MSELoss()
nval = 0
if vfrac > 0:
    nval = max(1, int(np.floor(vfrac * n + 0.5)))
# No draw without validation: the seed's stream is then that of training alone.
order = torch.randperm(n) if nval else torch.arange(n)
val, tr = order[:nval], order[nval:]
best, best_ep, bad, keep = float("inf"), 0, 0, None
t0 = time.time()
for ep in range(1, epochs + 1):
    perm = tr[torch.randperm(len(tr))]
    s = 0.0
    for i in range(0, len(tr), batch):
        xb = X[perm[i:i + batch]]
        opt.zero_grad()
        l = lossf(net(xb), xb)
        l.backward()
        opt.step()
        s += l.item() * xb.shape[0]
    if nval:
        with torch.no_grad():
            vl = ((net(X[val]) - X[val]) ** 2).mean().item()
        if vl < best:
            best, best_ep, bad, keep = vl, ep, 0, copy.deepcopy(net.state_dict())
        else:
            bad += 1
        if patience > 0 and bad >= patience:
            break
if nval:
    net.load_state_dict(keep)
print("loss %.6g" % (s / len(tr)))
print("train_s %.3f" % (time.time() - t0))
if nval:
    print("val %.6g" % best)
    print("epoch %d" % best_ep)
if len(sys.argv) > 6:
    with torch.no_grad():
        e = ((net(X) - X) ** 2).mean(1).numpy()
    np.savetxt(sys.argv[6], e, fmt="%.9g")
