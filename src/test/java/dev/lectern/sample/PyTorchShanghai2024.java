package dev.lectern.sample;

import dev.lectern.model.Meetup;
import dev.lectern.model.Speaker;
import java.util.List;
import java.util.Map;

/**
 * The sample meetup: PyTorch Shanghai, 15 August 2024, with five talks in three deck formats. Titles
 * and speakers follow the real event; abstracts and slides are Lectern's own words.
 */
final class PyTorchShanghai2024 {

  static final String FOLDER = "2024-08-15-pytorch-shanghai";

  private PyTorchShanghai2024() {}

  static Meetup meetup() {
    return new Meetup(FOLDER, "PyTorch Shanghai Meetup", "2024-08-15", "Shanghai", "",
        List.of("PyTorch Foundation"), "",
        "Five PyTorch talks in Shanghai: foundation news, Intel CPU and GPU support, and how"
            + " out-of-tree accelerators such as Huawei Ascend plug into PyTorch.",
        List.of("pytorch", "compilers", "hardware", "accelerators"), FOLDER);
  }

  static List<SampleTalk> talks() {
    return List.of(
        new SampleTalk("01-pytorch-foundation-updates", "PyTorch Foundation updates",
            List.of(new Speaker("Fred Li", "PyTorch Board member")),
            "What the PyTorch Foundation is for, how its board, advisory council and maintainers"
                + " share the work, who has joined, what recent releases shipped, and how to take"
                + " part.",
            List.of("pytorch-foundation", "governance", "community"), "en",
            "pytorch-foundation-updates.pdf",
            deck("PyTorch Foundation updates", "Fred Li",
                PyTorchShanghai2024Decks.FOUNDATION_UPDATES),
            Map.of()),
        new SampleTalk("02-intel-pytorch-journey",
            "Intel's journey with PyTorch: democratizing AI with ubiquitous hardware and open software",
            List.of(new Speaker("Jiong Gong", "Intel")),
            "Intel's upstream-first work on PyTorch: fast eager mode on Xeon with oneDNN and AMX,"
                + " torch.compile on CPU, INT8 quantization, and Intel GPUs arriving upstream as the"
                + " xpu device.",
            List.of("intel", "cpu", "onednn", "torch.compile", "quantization"), "en",
            "intel-pytorch-journey.odp",
            deck("Intel's journey with PyTorch", "Jiong Gong",
                PyTorchShanghai2024Decks.INTEL_JOURNEY),
            Map.of()),
        new SampleTalk("03-ascend-multi-backend",
            "Exploring multi-backend support in the PyTorch ecosystem: a case study of Ascend",
            List.of(new Speaker("Fengchun Hua", "Huawei"), new Speaker("Yuanhao Ji", "Huawei")),
            "How Huawei's Ascend NPU runs PyTorch: the CANN software stack, the torch_npu plugin,"
                + " graph mode and distributed training, the Autoload Device Extension proposal, and"
                + " the PyTorch Chinese community. Slides mix Chinese and English.",
            List.of("ascend", "npu", "huawei", "multi-backend", "torch_npu"), "zh",
            "ascend-multi-backend.pptx",
            deck("Exploring multi-backend support in the PyTorch ecosystem: a case study of Ascend",
                "Fengchun Hua, Yuanhao Ji", PyTorchShanghai2024Decks.ASCEND_MULTI_BACKEND),
            Map.of()),
        new SampleTalk("04-intel-xpu-inductor", "Intel XPU backend for Inductor",
            List.of(new Speaker("Eikan Wang", "Intel")),
            "How torch.compile reaches Intel GPUs: the xpu device on SYCL and oneAPI, Inductor's"
                + " Triton code generation, the Intel XPU backend for Triton, and what it takes to"
                + " register a new device backend with Inductor.",
            List.of("intel", "xpu", "inductor", "triton", "torch.compile"), "en",
            "intel-xpu-inductor.pdf",
            deck("Intel XPU backend for Inductor", "Eikan Wang",
                PyTorchShanghai2024Decks.XPU_INDUCTOR),
            Map.of()),
        new SampleTalk("05-privateuse1-evolution",
            "PyTorch PrivateUse1 evolution: approaches and insights",
            List.of(new Speaker("Jiawei Li", "Huawei")),
            "Why the dispatcher cannot give every accelerator its own DispatchKey, how the reserved"
                + " PrivateUse1 key lets out-of-tree devices integrate without touching PyTorch core,"
                + " what Ascend learned doing it, and why such devices still need upstream CI.",
            List.of("dispatcher", "privateuse1", "out-of-tree", "ascend", "huawei"), "en",
            "privateuse1-evolution.pptx",
            deck("PyTorch PrivateUse1 evolution: approaches and insights", "Jiawei Li",
                PyTorchShanghai2024Decks.PRIVATEUSE1_EVOLUTION),
            Map.of("notes.md", PRIVATEUSE1_NOTES)));
  }

  private static SampleDeck deck(String title, String author, String outline) {
    return SampleDeck.fromOutline(title, author, outline);
  }

  private static final String PRIVATEUSE1_NOTES = """
      # PyTorch PrivateUse1 evolution: speaker's notes

      Jiawei Li, Huawei. PyTorch Shanghai Meetup, 2024-08-15.

      ## Checklist for a new out-of-tree device

      1. Rename the backend: `torch.utils.rename_privateuse1_backend("npu")`.
      2. Register the device module: `torch._register_device_module("npu", module)`.
      3. Generate the convenience methods: `torch.utils.generate_methods_for_privateuse1_backend()`.
      4. Register kernels in C++ under `c10::DispatchKey::PrivateUse1`, starting with `aten::add`
         and `aten::empty.memory_format`, plus a boxed CPU fallback for everything else.
      5. Register the allocator, the device guard and the PrivateUse1 hooks.

      ## Links

      - PyTorch tutorial: "Facilitating New Backend Integration by PrivateUse1"
        (https://pytorch.org/tutorials/advanced/privateuseone.html)
      - Reference extension in the PyTorch tests: `test/cpp_extensions/open_registration_extension.cpp`
      - Ascend Extension for PyTorch: https://github.com/Ascend/pytorch

      ## Questions from the floor

      - Can two PrivateUse1 backends coexist in one process? Not today: there is one key, and
        PrivateUse2/PrivateUse3 are rarely wired through the Python side.
      - How do we notice upstream breakage? Nightly torch_npu builds against PyTorch nightly.
      """;
}
