import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ExchangeRates, readExchangeRates } from './exchange-rates';

/** The euro rates of EXCHANGE_RATES_FILE, read once (the config check already read it). */
@Global()
@Module({
  providers: [
    {
      provide: ExchangeRates,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new ExchangeRates(readExchangeRates(config.EXCHANGE_RATES_FILE)),
    },
  ],
  exports: [ExchangeRates],
})
export class ExchangeRatesModule {}
