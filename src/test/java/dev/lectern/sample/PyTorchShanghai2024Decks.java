package dev.lectern.sample;

/**
 * The slide text of the five sample talks, written for Lectern (not copied from the real decks), in
 * the outline form {@link SampleDeck#fromOutline} reads: {@code #} heading, {@code -} bullet,
 * {@code >} speaker note. PDF decks stay in Latin script: the standard 14 fonts have no CJK glyphs.
 */
final class PyTorchShanghai2024Decks {

  private PyTorchShanghai2024Decks() {}

  static final String FOUNDATION_UPDATES = """
      # PyTorch Foundation updates
      - Fred Li, PyTorch Board member
      - PyTorch Shanghai Meetup, 15 August 2024

      # Why PyTorch has a foundation
      - Since September 2022 PyTorch lives in the PyTorch Foundation, part of the Linux Foundation
      - A neutral home: trademark, domains, CI infrastructure and cloud credits belong to the project
      - Business governance (budget, events, marketing) is separate from technical governance
      - Technical decisions stay with the maintainers, exactly as before the move

      # How the foundation is governed
      - The Governing Board: one seat per premier member, plus elected general-member seats
      - The Technical Advisory Council brings member engineers and maintainers together
      - Maintainers and core maintainers own code review, RFCs and releases
      - Membership tiers: premier, general and associate (universities and non-profits)

      # A growing membership
      - Founding premier members: AMD, AWS, Google Cloud, Meta, Microsoft Azure and NVIDIA
      - Hardware and cloud companies keep joining, among them Huawei, Intel and IBM
      - More members means more accelerators tested against upstream PyTorch
      - Regional communities and local events are a growing focus

      # What shipped recently
      - PyTorch 2.0 (March 2023) introduced torch.compile while keeping eager mode the default
      - PyTorch 2.3 (April 2024) let user-defined Triton kernels run inside torch.compile
      - PyTorch 2.4 (July 2024): torch.compile on Python 3.12 and prototype Intel GPU support
      - New ecosystem projects such as torchtune for LLM fine-tuning and torchao for quantization

      # How to get involved
      - PyTorch Conference 2024: San Francisco, 18-19 September
      - Contribute code, docs and reviews: good first issues, the Docathon, RFCs in pytorch/rfcs
      - Run or join a regional meetup like this one; the foundation helps with speakers and logistics
      - Companies can join as members and help fund shared CI for new hardware
      """;

  static final String INTEL_JOURNEY = """
      # Intel's journey with PyTorch
      - Democratizing AI with ubiquitous hardware and open software
      - Jiong Gong, Intel, PyTorch CPU module maintainer

      # Ubiquitous hardware
      - Xeon servers sit in almost every data center and already serve a lot of inference
      - Core Ultra laptops combine a CPU, an integrated GPU and an NPU in one chip
      - Data Center GPU Max and Gaudi for training at scale; Arc graphics for desktops
      - Goal: one PyTorch program that runs well wherever the user's data already is

      # Open software, upstream first
      - Optimizations land in PyTorch itself, not only in a vendor fork
      - Intel Extension for PyTorch is where new features incubate before moving upstream
      - Intel engineers maintain the CPU module and the oneDNN integration in PyTorch core
      - Benchmarks run in public: the CPU performance dashboard on the PyTorch HUD

      # Fast eager mode on CPU
      - oneDNN kernels for convolution, matmul and linear layers
      - AMX on 4th Gen Xeon accelerates BF16 and INT8 matrix math; AVX-512 elsewhere
      - ATen Vectorized<T> gives portable SIMD for pointwise and reduction kernels
      - BF16 and FP16 autocast on CPU: torch.autocast(device_type="cpu")

      # torch.compile on CPU
      - The Inductor C++ backend generates vectorized C++ and OpenMP loops from FX graphs
      - The C++ wrapper removes Python overhead for small, latency-bound models
      - max-autotune picks between GEMM templates and oneDNN for each matrix shape
      - PT2E quantization with X86InductorQuantizer produces INT8 models end to end

      # Intel GPU joins upstream PyTorch
      - PyTorch 2.4 adds prototype Intel GPU support as the xpu device
      - Eager ATen operators are written in SYCL; GEMM and convolution call oneDNN
      - torch.compile generates Triton kernels for Intel GPUs
      - The next talk, by Eikan Wang, goes into the compiler side in detail

      # What comes next
      - Better LLM serving on Xeon: weight-only quantization, paged attention, fused kernels
      - Intel GPU support on Windows and on client hardware
      - More Intel runners in upstream CI so regressions show up before a release
      - Join us: issues, pull requests and RFCs in pytorch/pytorch are open to everyone
      """;

  static final String ASCEND_MULTI_BACKEND = """
      # Exploring multi-backend support in the PyTorch ecosystem: a case study of Ascend
      - 探索 PyTorch 生态的多后端支持：以昇腾为例
      - Fengchun Hua, Yuanhao Ji, Huawei
      > Introduce both speakers: Fengchun covers the torch_npu design, Yuanhao the upstream work.

      # Why multi-backend matters / 为什么需要多后端
      - AI accelerators now go far beyond CUDA GPUs: NPUs, XPUs, MPS, HPUs
      - Users expect the same PyTorch script to run on any of them
      - Upstream cannot carry device-specific code for every vendor in core
      - A clean extension interface helps every out-of-tree device, not only ours

      # 昇腾 NPU 与异构计算架构 CANN
      - Ascend NPU: Da Vinci AI cores with a Cube unit for matrix math and a Vector unit
      - CANN (Compute Architecture for Neural Networks) 异构计算架构: runtime, operator library, graph engine
      - AscendCL exposes the runtime; Ascend C is used to write custom kernels
      - HCCL 集合通信库 provides collective communication between NPUs
      > CANN sits between the framework and the driver, the same role CUDA plus cuDNN plays on GPUs.

      # torch_npu: PyTorch on Ascend
      - import torch_npu, then use torch.device("npu:0") like any other device
      - model.to("npu") and torch.npu.* mirror the familiar torch.cuda.* APIs
      - Kernels are registered out of tree through the PrivateUse1 dispatch key
      - Released in step with each PyTorch version; no patched fork of PyTorch needed
      > Under the hood torch_npu calls torch.utils.rename_privateuse1_backend("npu") at import time.
      > Jiawei's talk later today explains the mechanism in depth.

      # 编译器与图模式 / Compiler and graph mode
      - torch.compile on Ascend through the torchair backend
      - Dynamo captures the FX graph; torchair lowers it to the Ascend graph engine (GE)
      - 算子融合 operator fusion and memory planning happen in the graph engine
      - Static and dynamic shapes are both supported

      # 分布式训练 / Distributed training
      - torch.distributed with the hccl backend: DDP and FSDP run unchanged
      - Large-model stacks such as Megatron-LM and DeepSpeed are adapted for Ascend
      - Collective operations overlap with computation across NPU cards
      - 大模型训练: the same recipes scale from one node to clusters

      # The Autoload Device Extension proposal / 设备扩展自动加载
      - Today every script needs an explicit import torch_npu before using the npu device
      - The RFC: out-of-tree backends declare an entry point in the torch.backends group
      - import torch then loads installed device extensions automatically
      - Setting TORCH_DEVICE_BACKEND_AUTOLOAD=0 switches the behaviour off
      > Show the pyproject.toml snippet on screen; point people at the RFC discussion to leave feedback.

      # PyTorch 中文社区 / PyTorch Chinese community
      - 中文文档翻译: translating the PyTorch tutorials and documentation
      - 线下 meetups and online sessions for developers across China
      - Contribute upstream: issues, RFCs, code review and device test coverage
      - 欢迎加入 PyTorch 中文社区 — everyone is welcome
      """;

  static final String XPU_INDUCTOR = """
      # Intel XPU backend for Inductor
      - torch.compile on Intel GPUs
      - Eikan Wang, Intel

      # The XPU device in PyTorch
      - torch.device("xpu") with an in-tree dispatch key, just like CUDA
      - torch.xpu runtime API: devices, streams, events, synchronize, device properties
      - Built on SYCL and the oneAPI Level Zero driver
      - Eager operators: SYCL kernels in torch-xpu-ops; GEMM and convolution through oneDNN

      # How Inductor generates GPU code
      - Dynamo captures an FX graph; AOTAutograd splits forward and backward
      - Inductor lowers the graph to a loop-level IR, then schedules and fuses nodes
      - Pointwise and reduction kernels become Triton code; matmuls call extern kernels
      - A Python or C++ wrapper launches the kernels in order

      # Triton for Intel GPUs
      - intel-xpu-backend-for-triton plugs into the Triton compiler as a new target
      - Triton IR and TritonGPU IR are shared; the Intel backend lowers through LLVM to SPIR-V
      - Kernels are loaded and launched through Level Zero
      - Block pointers map onto the hardware's 2D block loads

      # Integrating a new backend into Inductor
      - register_backend_for_device("xpu", ...) names the scheduling and wrapper code generators
      - The XPU backend reuses Inductor's Triton scheduling instead of writing its own
      - A Dynamo device interface supplies streams, events and device properties
      - Device op overrides give the wrapper its device-specific snippets: set device, synchronize

      # Status in PyTorch 2.4
      - Intel GPU support is a prototype in PyTorch 2.4, built from source or nightly wheels
      - Hugging Face, TIMM and TorchBench suites are tracked for accuracy and speed
      - FP32, BF16 and FP16 with automatic mixed precision
      - Inductor's autotuning and Triton heuristics work on XPU unchanged

      # Roadmap
      - Broader operator coverage and fewer fallbacks to CPU
      - Windows support and client GPUs
      - AOTInductor and the C++ wrapper on XPU
      - Intel GPU runners in upstream CI, with results on the PyTorch HUD
      """;

  static final String PRIVATEUSE1_EVOLUTION = """
      # PyTorch PrivateUse1 evolution: approaches and insights
      - Jiawei Li, Huawei
      - How out-of-tree accelerators plug into PyTorch, and what we learned with Ascend

      # How the dispatcher routes an operator call
      - Every ATen operator call goes through the c10 dispatcher
      - A DispatchKeySet is computed from the input tensors and thread-local state
      - The highest-priority key wins: Python, Autocast, Autograd, then the backend such as CPU or CUDA
      - Kernels are registered per operator and key with TORCH_LIBRARY_IMPL
      > Draw the dispatch table on the whiteboard: rows are operators, columns are dispatch keys.

      # The limits of DispatchKey
      - The key set is one 64-bit bitset shared by functionality bits and backend component bits
      - Every new in-tree backend costs bits and a column in every dispatch table
      - Upstream cannot add a key for each accelerator vendor
      - Early out-of-tree backends borrowed other keys or patched PyTorch itself
      > Mention the old days when vendors were hijacking the XLA key to get a device in.

      # PrivateUse1: a key reserved for out-of-tree backends
      - c10::DispatchKey::PrivateUse1 and c10::DeviceType::PrivateUse1 are reserved for vendors
      - Companion keys follow automatically: AutogradPrivateUse1, AutocastPrivateUse1, SparsePrivateUse1
      - A new device needs no change to PyTorch core at all
      - PrivateUse2 and PrivateUse3 exist too, but one backend per process is the common case

      # Registering kernels for PrivateUse1
      - TORCH_LIBRARY_IMPL(aten, PrivateUse1, m) { m.impl("add.Tensor", &npu_add); }
      - That one line is the aten::add registration; a boxed fallback catches missing operators
      - REGISTER_ALLOCATOR and C10_REGISTER_GUARD_IMPL provide memory and device guards
      - RegisterPrivateUse1HooksInterface supplies default generators and pinned memory
      > The boxed fallback copies inputs to CPU, runs the CPU kernel and copies results back; slow but safe.

      # Naming the device from Python
      - torch.utils.rename_privateuse1_backend("npu") renames the device string
      - torch._register_device_module("npu", torch_npu.npu) adds the torch.npu module
      - generate_methods_for_privateuse1_backend() adds Tensor.npu() and Tensor.is_npu
      - Serialization, torch.device("npu:0") and map_location then just work
      > The device autoload proposal would remove the explicit import torch_npu step entirely.

      # Best practice with Ascend
      - torch_npu moved from a patched fork to a pure PrivateUse1 plugin
      - Wheels build against released PyTorch, so users install both with pip
      - Autocast, the profiler and torch.distributed (hccl) all hang off PrivateUse1 hooks
      - Gaps found along the way were fixed upstream rather than patched locally

      # Out-of-tree devices lack upstream CI
      - An upstream pull request can break PrivateUse1 paths without any failing check
      - In-tree coverage is a small fake device in the open registration extension tests
      - We often find breakages days later in torch_npu nightly builds
      - Ideas: a fuller reference backend in tree, out-of-tree CI results shown on the PyTorch HUD
      > Ask the audience who else maintains an out-of-tree backend and would share CI machines.
      """;
}
