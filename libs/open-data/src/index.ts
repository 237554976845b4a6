export { OpenDataModule } from './open-data.module';
