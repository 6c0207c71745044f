# ae-torch.py - the PyTorch autoencoder ae-train is compared with: the same
# architecture (n -> 32 -> 8 -> 32 -> n by default, relu, linear code and
# output), standardisation, MSE, Adam and budget, on one CPU thread.
#   ae-torch.py CSV EPOCHS BATCH LAYERS SEED [SCORES_OUT]
# Prints "loss L" (the last epoch's mean training loss) and "train_s T";
# with SCORES_OUT, writes each row's mean squared error (label column dropped).
import sys, time
import numpy as np
import torch

path, epochs, batch, layers, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
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
t0 = time.time()
for ep in range(epochs):
    perm = torch.randperm(n)
    s = 0.0
    for i in range(0, n, batch):
        xb = X[perm[i:i + batch]]
        opt.zero_grad()
        l = lossf(net(xb), xb)
        l.backward()
        opt.step()
        s += l.item() * xb.shape[0]
print("loss %.6g" % (s / n))
print("train_s %.3f" % (time.time() - t0))
if len(sys.argv) > 6:
    with torch.no_grad():
        e = ((net(X) - X) ** 2).mean(1).numpy()
    np.savetxt(sys.argv[6], e, fmt="%.9g")
