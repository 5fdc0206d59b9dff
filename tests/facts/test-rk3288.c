/* SPDX-License-Identifier: MIT */
/*
 * Register facts of the shipped Rockchip RK3288 SVD (svd/rk3288.svd),
 * checked against the headers svdgen generates from it (generated/rk3288/).
 * Each fact names its sources; svd/NOTES-rk3288.md says what each source is
 * and where they disagreed:
 *
 *   [TRM]   Rockchip RK3288 Technical Reference Manual, part 1 (GPIO, GRF,
 *           PMU and CRU chapters)
 *   [DTS]   Linux arch/arm/boot/dts/rockchip/rk3288.dtsi (reg, interrupts,
 *           clocks of gpio0-8, grf, cru, pmu)
 *   [PIN]   Linux drivers/pinctrl/pinctrl-rockchip.c (rk3288_pin_banks,
 *           rk3288_pin_ctrl, rk3288_calc_pull_reg_and_bit, pull encoding)
 *   [GPIO]  Linux drivers/gpio/gpio-rockchip.c (gpio_regs_v1) and
 *           gpio-dwapb.c (the DesignWare APB GPIO register map)
 *   [CLK]   Linux drivers/clk/rockchip/clk-rk3288.c (RK3288_CLKGATE_CON,
 *           PCLK_GPIO0-8 gates) and clk.h (GFLAGS: set to disable,
 *           write-enable mask)
 *   [UGRF]  U-Boot arch/arm/include/asm/arch-rockchip/grf_rk3288.h
 *   [UPMU]  U-Boot arch/arm/include/asm/arch-rockchip/pmu_rk3288.h
 *   [UPIN]  U-Boot drivers/pinctrl/rockchip/pinctrl-rk3288.c (GRF writes
 *           through rk_clrsetreg, PMU GPIO0 iomux through clrsetbits: no
 *           write-enable mask in the PMU)
 *   [BSD]   NetBSD sys/arch/arm/rockchip/rk3288_cru.c (gate table)
 */
#include <stddef.h>
#include <stdint.h>

#include "rk3288.h"

#define FACTS_SVD FACTS_SRCDIR "/svd/rk3288.svd"
#include "facts.h"

/* [DTS] gpio0-8 reg and interrupts; [TRM] address map. */
static void check_banks(void)
{
	CHECK(GPIO0_BASE, 0xFF750000u, "[DTS][TRM] GPIO0 base");
	CHECK(GPIO1_BASE, 0xFF780000u, "[DTS][TRM] GPIO1 base");
	CHECK(GPIO2_BASE, 0xFF790000u, "[DTS][TRM] GPIO2 base");
	CHECK(GPIO3_BASE, 0xFF7A0000u, "[DTS][TRM] GPIO3 base");
	CHECK(GPIO4_BASE, 0xFF7B0000u, "[DTS][TRM] GPIO4 base");
	CHECK(GPIO5_BASE, 0xFF7C0000u, "[DTS][TRM] GPIO5 base");
	CHECK(GPIO6_BASE, 0xFF7D0000u, "[DTS][TRM] GPIO6 base");
	CHECK(GPIO7_BASE, 0xFF7E0000u, "[DTS][TRM] GPIO7 base");
	CHECK(GPIO8_BASE, 0xFF7F0000u, "[DTS][TRM] GPIO8 base");
	CHECK(GPIO0_IRQn, 81, "[DTS] GPIO0 GIC SPI 81");
	CHECK(GPIO1_IRQn, 82, "[DTS] GPIO1 GIC SPI 82");
	CHECK(GPIO2_IRQn, 83, "[DTS] GPIO2 GIC SPI 83");
	CHECK(GPIO3_IRQn, 84, "[DTS] GPIO3 GIC SPI 84");
	CHECK(GPIO4_IRQn, 85, "[DTS] GPIO4 GIC SPI 85");
	CHECK(GPIO5_IRQn, 86, "[DTS] GPIO5 GIC SPI 86");
	CHECK(GPIO6_IRQn, 87, "[DTS] GPIO6 GIC SPI 87");
	CHECK(GPIO7_IRQn, 88, "[DTS] GPIO7 GIC SPI 88");
	CHECK(GPIO8_IRQn, 89, "[DTS] GPIO8 GIC SPI 89");
	CHECK(PMU_BASE, 0xFF730000u, "[DTS][UPMU] PMU base");
	CHECK(CRU_BASE, 0xFF760000u, "[DTS][CLK] CRU base");
	CHECK(GRF_BASE, 0xFF770000u, "[DTS][UGRF] GRF base");
}

/* [TRM] GPIO chapter; [GPIO] gpio_regs_v1 and gpio-dwapb.c offsets. */
static void check_gpio_registers(void)
{
	CHECK(offsetof(GPIO_Type, SWPORTA_DR), 0x00, "[TRM][GPIO] SWPORTA_DR");
	CHECK(offsetof(GPIO_Type, SWPORTA_DDR), 0x04,
	      "[TRM][GPIO] SWPORTA_DDR");
	CHECK(offsetof(GPIO_Type, INTEN), 0x30, "[TRM][GPIO] INTEN");
	CHECK(offsetof(GPIO_Type, INTMASK), 0x34, "[TRM][GPIO] INTMASK");
	CHECK(offsetof(GPIO_Type, INTTYPE_LEVEL), 0x38,
	      "[TRM][GPIO] INTTYPE_LEVEL");
	CHECK(offsetof(GPIO_Type, INT_POLARITY), 0x3C,
	      "[TRM][GPIO] INT_POLARITY");
	CHECK(offsetof(GPIO_Type, INT_STATUS), 0x40, "[TRM][GPIO] INT_STATUS");
	CHECK(offsetof(GPIO_Type, INT_RAWSTATUS), 0x44,
	      "[TRM][GPIO] INT_RAWSTATUS");
	CHECK(offsetof(GPIO_Type, DEBOUNCE), 0x48, "[TRM][GPIO] DEBOUNCE");
	CHECK(offsetof(GPIO_Type, PORTA_EOI), 0x4C, "[TRM][GPIO] PORTA_EOI");
	CHECK(offsetof(GPIO_Type, EXT_PORTA), 0x50, "[TRM][GPIO] EXT_PORTA");
	CHECK(offsetof(GPIO_Type, LS_SYNC), 0x60, "[TRM][GPIO] LS_SYNC");
	CHECK(ACCESS_READ_ONLY(GPIO_Type, EXT_PORTA), 1,
	      "[TRM] EXT_PORTA is read-only");
	CHECK(ACCESS_READ_ONLY(GPIO_Type, INT_STATUS), 1,
	      "[TRM] INT_STATUS is read-only");
	CHECK(ACCESS_READ_ONLY(GPIO_Type, SWPORTA_DR), 0,
	      "[TRM] SWPORTA_DR is writable");
	CHECK(GPIO_SWPORTA_DDR_PIN12_Msk, 1u << 12,
	      "[TRM] SWPORTA_DDR: one bit per pin (B4 is bit 12)");
	CHECK(GPIO_DIRECTION_OUTPUT, 1, "[TRM][GPIO] DDR bit 1 = output");
	CHECK(GPIO_TRIGGER_EDGE, 1, "[TRM][GPIO] INTTYPE_LEVEL 1 = edge");
	CHECK(GPIO_POLARITY_ACTIVE_HIGH, 1,
	      "[TRM][GPIO] INT_POLARITY 1 = active high / rising");
	CHECK_RESET("GPIO0", "SWPORTA_DDR", 0,
		    "[TRM] SWPORTA_DDR resets to 0: every pin an input");
}

/*
 * [PIN] rk3288_pin_banks: offsets advance four bytes per port (eight for
 * 4-bit ports), unrouted ports keep their slot; [UGRF] struct rk3288_grf.
 */
static void check_grf_iomux(void)
{
	CHECK(offsetof(GRF_Type, GPIO1D_IOMUX), 0x0C, "[PIN][UGRF] GPIO1D");
	CHECK(offsetof(GRF_Type, GPIO2A_IOMUX), 0x10, "[PIN][UGRF] GPIO2A");
	CHECK(offsetof(GRF_Type, GPIO2C_IOMUX), 0x18, "[PIN][UGRF] GPIO2C");
	CHECK(offsetof(GRF_Type, GPIO3A_IOMUX), 0x20, "[PIN][UGRF] GPIO3A");
	CHECK(offsetof(GRF_Type, GPIO3DL_IOMUX), 0x2C, "[PIN][UGRF] GPIO3DL");
	CHECK(offsetof(GRF_Type, GPIO3DH_IOMUX), 0x30, "[PIN][UGRF] GPIO3DH");
	CHECK(offsetof(GRF_Type, GPIO4AL_IOMUX), 0x34, "[PIN][UGRF] GPIO4AL");
	CHECK(offsetof(GRF_Type, GPIO4AH_IOMUX), 0x38, "[PIN][UGRF] GPIO4AH");
	CHECK(offsetof(GRF_Type, GPIO4BL_IOMUX), 0x3C, "[PIN][UGRF] GPIO4BL");
	CHECK(offsetof(GRF_Type, GPIO4C_IOMUX), 0x44, "[PIN][UGRF] GPIO4C");
	CHECK(offsetof(GRF_Type, GPIO4D_IOMUX), 0x48, "[PIN][UGRF] GPIO4D");
	CHECK(offsetof(GRF_Type, GPIO5B_IOMUX), 0x50, "[PIN][UGRF] GPIO5B");
	CHECK(offsetof(GRF_Type, GPIO5C_IOMUX), 0x54, "[PIN][UGRF] GPIO5C");
	CHECK(offsetof(GRF_Type, GPIO6A_IOMUX), 0x5C, "[PIN][UGRF] GPIO6A");
	CHECK(offsetof(GRF_Type, GPIO6C_IOMUX), 0x64, "[PIN][UGRF] GPIO6C");
	CHECK(offsetof(GRF_Type, GPIO7A_IOMUX), 0x6C, "[PIN][UGRF] GPIO7A");
	CHECK(offsetof(GRF_Type, GPIO7B_IOMUX), 0x70, "[PIN][UGRF] GPIO7B");
	CHECK(offsetof(GRF_Type, GPIO7CL_IOMUX), 0x74, "[PIN][UGRF] GPIO7CL");
	CHECK(offsetof(GRF_Type, GPIO7CH_IOMUX), 0x78, "[PIN][UGRF] GPIO7CH");
	CHECK(offsetof(GRF_Type, GPIO8A_IOMUX), 0x80, "[PIN][UGRF] GPIO8A");
	CHECK(offsetof(GRF_Type, GPIO8B_IOMUX), 0x84, "[PIN][UGRF] GPIO8B");
	CHECK(GRF_GPIO5B_IOMUX_SEL4_Pos, 8,
	      "[TRM][PIN] two bits per pin: GPIO5_B4 is bits 9:8");
	CHECK(GRF_GPIO5B_IOMUX_SEL4_Msk, 0x300u, "[TRM][PIN] GPIO5_B4 mask");
	CHECK(GRF_GPIO7CH_IOMUX_SEL1_Pos, 4,
	      "[TRM][PIN] 4-bit ports: four bits per pin");
}

/* [PIN] RK3288_PULL_OFFSET 0x140, bank stride 0x10; [UGRF] gpio1_p[8][4]. */
static void check_grf_pull(void)
{
	CHECK(offsetof(GRF_Type, GPIO1D_P), 0x14C, "[PIN][UGRF] GPIO1D_P");
	CHECK(offsetof(GRF_Type, GPIO2A_P), 0x150, "[PIN][UGRF] GPIO2A_P");
	CHECK(offsetof(GRF_Type, GPIO3D_P), 0x16C, "[PIN][UGRF] GPIO3D_P");
	CHECK(offsetof(GRF_Type, GPIO4A_P), 0x170, "[PIN][UGRF] GPIO4A_P");
	CHECK(offsetof(GRF_Type, GPIO5B_P), 0x184, "[PIN][UGRF] GPIO5B_P");
	CHECK(offsetof(GRF_Type, GPIO5C_P), 0x188, "[PIN][UGRF] GPIO5C_P");
	CHECK(offsetof(GRF_Type, GPIO6A_P), 0x190, "[PIN][UGRF] GPIO6A_P");
	CHECK(offsetof(GRF_Type, GPIO7C_P), 0x1A8, "[PIN][UGRF] GPIO7C_P");
	CHECK(offsetof(GRF_Type, GPIO8B_P), 0x1B4, "[PIN][UGRF] GPIO8B_P");
	CHECK(GRF_GPIO5B_P_PULL4_Pos, 8, "[TRM][PIN] two pull bits per pin");
	CHECK(GRF_PULL_PULL_UP, 1, "[TRM][PIN] pull 01 = pull-up");
	CHECK(GRF_PULL_PULL_DOWN, 2, "[TRM][PIN] pull 10 = pull-down");
	CHECK(GRF_PULL_BUS_HOLD, 3, "[TRM][PIN] pull 11 = bus keeper");
}

/* [PIN] pmu_mux_offset 0x84, RK3188_PULL_PMU_OFFSET 0x64; [UPMU]. */
static void check_pmu(void)
{
	CHECK(offsetof(PMU_Type, GPIO0A_PULL), 0x64, "[PIN][UPMU] GPIO0A pull");
	CHECK(offsetof(PMU_Type, GPIO0B_PULL), 0x68, "[PIN][UPMU] GPIO0B pull");
	CHECK(offsetof(PMU_Type, GPIO0C_PULL), 0x6C, "[PIN][UPMU] GPIO0C pull");
	CHECK(offsetof(PMU_Type, GPIO0A_IOMUX), 0x84,
	      "[PIN][UPMU] GPIO0A iomux");
	CHECK(offsetof(PMU_Type, GPIO0B_IOMUX), 0x88,
	      "[PIN][UPMU] GPIO0B iomux");
	CHECK(offsetof(PMU_Type, GPIO0C_IOMUX), 0x8C,
	      "[PIN][UPMU] GPIO0C iomux");
}

/* [CLK] RK3288_CLKGATE_CON(x) = 0x160 + 4x; PCLK_GPIOn gates; [BSD]. */
static void check_cru(void)
{
	CHECK(offsetof(CRU_Type, CLKGATE14_CON), 0x198,
	      "[CLK][BSD] CRU_CLKGATE14_CON");
	CHECK(offsetof(CRU_Type, CLKGATE17_CON), 0x1A4,
	      "[CLK][BSD] CRU_CLKGATE17_CON");
	CHECK(CRU_CLKGATE14_CON_PCLK_GPIO1_Pos, 1, "[CLK][BSD] PCLK_GPIO1");
	CHECK(CRU_CLKGATE14_CON_PCLK_GPIO2_Pos, 2, "[CLK][BSD] PCLK_GPIO2");
	CHECK(CRU_CLKGATE14_CON_PCLK_GPIO3_Pos, 3, "[CLK][BSD] PCLK_GPIO3");
	CHECK(CRU_CLKGATE14_CON_PCLK_GPIO4_Pos, 4, "[CLK][BSD] PCLK_GPIO4");
	CHECK(CRU_CLKGATE14_CON_PCLK_GPIO5_Pos, 5, "[CLK][BSD] PCLK_GPIO5");
	CHECK(CRU_CLKGATE14_CON_PCLK_GPIO6_Pos, 6, "[CLK][BSD] PCLK_GPIO6");
	CHECK(CRU_CLKGATE14_CON_PCLK_GPIO7_Pos, 7, "[CLK][BSD] PCLK_GPIO7");
	CHECK(CRU_CLKGATE14_CON_PCLK_GPIO8_Pos, 8, "[CLK][BSD] PCLK_GPIO8");
	CHECK(CRU_CLKGATE17_CON_PCLK_GPIO0_Pos, 4, "[CLK][BSD] PCLK_GPIO0");
	CHECK(CRU_CLOCK_DISABLED, 1,
	      "[CLK] GFLAGS CLK_GATE_SET_TO_DISABLE: 1 gates the clock off");
}

int main(void)
{
	check_banks();
	check_gpio_registers();
	check_grf_iomux();
	check_grf_pull();
	check_pmu();
	check_cru();
	return facts_finish("rk3288");
}
